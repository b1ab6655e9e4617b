package io.numguard.console.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word the console's pages show, in English; {@code messages/msg_zh.properties} has each in Chinese, the
 * default language of the pages ({@code Ui#lang}). Templates use {@code {msg:key}}. Generated words of the
 * services' codes (states, actions...) are Qute {@code #when} templates, so an unknown code shows as it is.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {
    @Message("Acknowledge")
    String acknowledge();

    @Message("Acknowledged")
    String acknowledgedAt();

    @Message("Actions")
    String actions();

    @Message("In force only")
    String activeOnly();

    @Message("By")
    String actor();

    @Message("All")
    String allStates();

    @Message("Allocate segment")
    String allocate();

    @Message("numguard console")
    String appName();

    @Message("Cases another regulator proposed: you may approve or reject them (four eyes).")
    String approvalsHint();

    @Message("Awaiting my approval")
    String approvalsTitle();

    @Message("Approved by")
    String approvedBy();

    @Message("Back to my home page")
    String backHome();

    @Message("Time of the call")
    String calledAt();

    @Message("Carrier")
    String carrier();

    @Message("Carrier")
    String carrierTitle();

    @Message("Carriers")
    String carriers();

    @Message("Not acknowledged")
    String carriersMissing();

    @Message("Case")
    String caseLabel();

    @Message("Case")
    String caseId();

    @Message("Case reference")
    String caseRef();

    @Message("Case")
    String caseTitle();

    @Message("Cases by state")
    String casesByState();

    @Message("Case queue")
    String casesTitle();

    @Message("Category")
    String categoryLabel();

    @Message("Log chain broken at")
    String chainBroken();

    @Message("Log chain intact")
    String chainIntact();

    @Message("Report a call")
    String citizenTitle();

    @Message("Complainants 30 d")
    String complainants30d();

    @Message("Record a change of control")
    String controlChange();

    @Message("Regulator dashboard")
    String dashboardTitle();

    @Message("Decision log")
    String decisionLog();

    @Message("Details")
    String details();

    @Message("Done.")
    String done();

    @Message("Due by")
    String dueBy();

    @Message("End client")
    String endClientName();

    @Message("End client USCC (optional)")
    String endClientUscc();

    @Message("Escalations")
    String escalations();

    @Message("Expand to 8 digits")
    String expand();

    @Message("Expanded")
    String expanded();

    @Message("File")
    String file();

    @Message("File sub-numbers from CSV")
    String fileCsv();

    @Message("File a sub-number")
    String fileSubNumber();

    @Message("One row per number: number,endClientName,endClientUscc,purpose (a header line is allowed).")
    String filingsFormat();

    @Message("Filter")
    String filter();

    @Message("Look up")
    String find();

    @Message("Find a licensee")
    String findLicensee();

    @Message("governance of 95 customer-service numbers")
    String footer();

    @Message("Your role may not open this page.")
    String forbiddenText();

    @Message("403 · Not allowed")
    String forbiddenTitle();

    @Message("Fraud (also imposes joint punishment)")
    String fraud();

    @Message("Held")
    String held();

    @Message("Impose a sanction")
    String impose();

    @Message("Imposed by")
    String imposedBy();

    @Message("Kind")
    String kind();

    @Message("Label")
    String label();

    @Message("late")
    String late();

    @Message("Licence number")
    String licenceNumber();

    @Message("Licensee")
    String licensee();

    @Message("Licensee")
    String licenseeTitle();

    @Message("Lift")
    String lift();

    @Message("Line")
    String line();

    @Message("Log out")
    String logout();

    @Message("Loss (yuan)")
    String lossYuan();

    @Message("One row per mark: number,category,markedAt (ISO time),markerPhone (optional); a header line is allowed.")
    String marksFormat();

    @Message("My agency's referrals")
    String myReferrals();

    @Message("My segments")
    String mySegments();

    @Message("Name")
    String name();

    @Message("Awaiting my approval")
    String navApprovals();

    @Message("Orders and marks")
    String navCarrier();

    @Message("Cases")
    String navCases();

    @Message("Report a call")
    String navCitizen();

    @Message("Dashboard")
    String navDashboard();

    @Message("My segments")
    String navLicensee();

    @Message("Lookups and referrals")
    String navPolice();

    @Message("Registers")
    String navRegistry();

    @Message("Sanctions")
    String navSanctions();

    @Message("Next page")
    String nextPage();

    @Message("No action is open to you in this state.")
    String noActions();

    @Message("No case joined yet")
    String noCaseJoined();

    @Message("No cases.")
    String noCases();

    @Message("Nothing was reported in the last 30 days.")
    String noComplaints();

    @Message("No orders here.")
    String noOrders();

    @Message("No referrals yet.")
    String noReferrals();

    @Message("No sanctions.")
    String noSanctions();

    @Message("No segments.")
    String noSegments();

    @Message("No signals in the last 24 hours.")
    String noSignals();

    @Message("No acknowledgement is overdue.")
    String noneOverdue();

    @Message("There is nothing at this address.")
    String notFoundText();

    @Message("404 · Not found")
    String notFoundTitle();

    @Message("Note")
    String note();

    @Message("Number")
    String number();

    @Message("Who holds a number")
    String numberLookup();

    @Message("Open a case")
    String openCase();

    @Message("Opened")
    String openedAt();

    @Message("Order")
    String order();

    @Message("Orders")
    String orders();

    @Message("All")
    String ordersAll();

    @Message("Overdue")
    String ordersOverdue();

    @Message("Orders my carrier must acknowledge")
    String ordersOwed();

    @Message("To acknowledge")
    String ordersPending();

    @Message("Outbound authorised")
    String outboundAuthorised();

    @Message("Withdraw outbound")
    String outboundOff();

    @Message("Authorise outbound")
    String outboundOn();

    @Message("What was decided")
    String outcome();

    @Message("Overdue")
    String overdue();

    @Message("Overdue carrier acknowledgements")
    String overdueAcks();

    @Message("To acknowledge")
    String owed();

    @Message("Proposal")
    String pendingProposal();

    @Message("Police case number")
    String policeCaseNumber();

    @Message("Police")
    String policeTitle();

    @Message("The request was refused")
    String problemTitle();

    @Message("Proposed by")
    String proposedBy();

    @Message("Province")
    String province();

    @Message("Purpose")
    String purpose();

    @Message("Reason")
    String reason();

    @Message("Reasons")
    String reasons();

    @Message("Record")
    String record();

    @Message("Rectify by")
    String rectificationDeadline();

    @Message("Reference")
    String reference();

    @Message("Register")
    String register();

    @Message("Register a licensee")
    String registerLicensee();

    @Message("Licensees and segments")
    String registryTitle();

    @Message("Legal representative's ID number")
    String repId();

    @Message("Legal representative")
    String repName();

    @Message("Report a call")
    String reportCall();

    @Message("In force")
    String sanctionActive();

    @Message("Lifted")
    String sanctionLiftedAt();

    @Message("Joint punishment")
    String sanctionsTitle();

    @Message("Segment")
    String segment();

    @Message("Segments")
    String segments();

    @Message("Something went wrong on our side; try again in a moment.")
    String serverErrorText();

    @Message("Something went wrong")
    String serverErrorTitle();

    @Message("Controlling shareholders (comma separated)")
    String shareholders();

    @Message("Signals of the last 24 hours")
    String signalsLastDay();

    @Message("State")
    String stateLabel();

    @Message("Status")
    String status();

    @Message("Subject")
    String subject();

    @Message("Subject kind")
    String subjectKindLabel();

    @Message("Submit")
    String submit();

    @Message("Refer a case")
    String submitReferral();

    @Message("Summary")
    String summary();

    @Message("Suspect numbers (one per line or comma separated)")
    String suspectNumbers();

    @Message("Suspect numbers")
    String suspects();

    @Message("What happened")
    String text();

    @Message("Time")
    String time();

    @Message("Most complained segments")
    String topSegments();

    @Message("Triggers")
    String triggers();

    @Message("Updated")
    String updatedAt();

    @Message("Upload")
    String upload();

    @Message("Upload marks (CSV)")
    String uploadMarks();

    @Message("Licence valid from")
    String validFrom();

    @Message("Valid until")
    String validUntil();

    @Message("Verdict")
    String verdict();

    @Message("Verdict of a number")
    String verdictLookup();

    @Message("24 h")
    String window24h();

    @Message("30 d")
    String window30d();

    @Message("7 d")
    String window7d();

    @Message("{#when s}{#is 'OPEN'}Open{#is 'INVESTIGATING'}Investigating{#is 'RECTIFICATION_ORDERED'}Rectification ordered{#is 'RESOLVED'}Resolved{#is 'SUSPENSION_PROPOSED'}Suspension proposed{#is 'REVOCATION_PROPOSED'}Revocation proposed{#is 'REINSTATEMENT_PROPOSED'}Reinstatement proposed{#is 'SUSPENSION_APPROVED'}Suspended{#is 'REVOCATION_APPROVED'}Revoked{#is 'REINSTATEMENT_APPROVED'}Reinstated{#is 'REJECTED'}Rejected{#is 'CLOSED'}Closed{#else}{s}{/when}")
    String state(String s);

    @Message("{#when a}{#is 'INVESTIGATE'}Investigate{#is 'ORDER_RECTIFICATION'}Order rectification{#is 'RESOLVE'}Resolve{#is 'ESCALATE'}Escalate{#is 'PROPOSE_SUSPENSION'}Propose suspension{#is 'PROPOSE_REVOCATION'}Propose revocation{#is 'PROPOSE_REINSTATEMENT'}Propose reinstatement{#is 'APPROVE'}Approve{#is 'REJECT'}Reject{#is 'CLOSE'}Close{#is 'SUSPEND'}Suspend{#is 'REVOKE'}Revoke{#is 'REINSTATE'}Reinstate{#else}{a}{/when}")
    String action(String a);

    @Message("{#when k}{#is 'THRESHOLD_EXCEEDED'}Complaints over threshold{#is 'ROBOCALL_SUSPECTED'}Robocalls suspected{#is 'RESALE_SUSPECTED'}Resale suspected{#is 'POLICE_REFERRAL'}Police referral{#is 'REGULATOR'}Opened by a regulator{#else}{k}{/when}")
    String trigger(String k);

    @Message("{#when k}{#is 'SEGMENT'}Segment{#is 'LICENSEE'}Licensee{#else}{k}{/when}")
    String subjectKind(String k);

    @Message("{#when k}{#is 'SUSPENSION'}Suspension{#is 'REVOCATION'}Revocation{#is 'REINSTATEMENT'}Reinstatement{#else}{k}{/when}")
    String proposalKind(String k);

    @Message("{#when v}{#is 'ALLOW'}Allow{#is 'WARN'}Warn the callee{#is 'BLOCK'}Block{#else}{v}{/when}")
    String verdictWord(String v);

    @Message("{#when k}{#is 'HARASSMENT'}Harassment{#is 'FRAUD'}Fraud{#is 'MARKETING'}Marketing{#is 'ROBOCALL'}Robocall{#is 'OTHER'}Other{#else}{k}{/when}")
    String category(String k);

    @Message("{n} rows accepted")
    String rowsAccepted(int n);

    @Message("{n} rows rejected")
    String rowsRejected(int n);

    @Message("Reports")
    String navReports();

    @Message("Monthly report")
    String reportsTitle();

    @Message("What each service counted in one calendar month (China time): your province, or every province for the ministry. Each part can be downloaded as CSV.")
    String reportsHint();

    @Message("Month")
    String reportMonth();

    @Message("All provinces")
    String allProvinces();

    @Message("Nothing in this month.")
    String reportNoRows();

    @Message("Total")
    String reportTotal();

    @Message("{#when s}{#is 'registry'}Numbers (number-registry-service){#is 'complaint'}Complaints (complaint-service){#is 'enforcement'}Enforcement (enforcement-service){#else}{s}{/when}")
    String reportService(String s);

    @Message("{#when s}{#is 'segments'}Segments allocated, suspended and revoked, per licensee{#is 'complaints'}Complaints received and counted, per licensee{#is 'cases'}Cases opened and closed, per licensee{#is 'acknowledgements'}Carrier acknowledgements on time and late, per carrier{#is 'referrals'}Police referrals by outcome{#else}{s}{/when}")
    String reportSection(String s);

    @Message("{#when c}{#is 'province'}Province{#is 'licenseeUscc'}Licensee (USCC){#is 'licenseeName'}Licensee{#is 'carrier'}Carrier{#is 'outcome'}Outcome{#is 'allocated'}Allocated{#is 'suspended'}Suspended{#is 'revoked'}Revoked{#is 'received'}Received{#is 'counted'}Counted{#is 'fromCitizens'}From citizens{#is 'fromCarriers'}From carriers{#is 'fromPolice'}From police{#is 'opened'}Opened{#is 'closed'}Closed{#is 'decided'}Decided{#is 'medianHoursToDecision'}Median hours to decision{#is 'onTime'}On time{#is 'late'}Late{#is 'pending'}Pending{#is 'escalated'}Escalated{#is 'referrals'}Referrals{#is 'lossYuan'}Reported loss (yuan){#else}{c}{/when}")
    String reportColumn(String c);
}
