package io.numguard.console.i18n;

import io.numguard.console.api.ApiProblem;

import java.util.Map;

/**
 * An API's problem in words for a person: the known problem types of the three services get a sentence in the
 * page's language; any other keeps the service's own title and detail (which say what was wrong). Never the raw JSON.
 */
public final class ProblemMessages {
    private record Text(String zh, String en) {
    }

    private static final Map<String, Text> KNOWN = Map.ofEntries(
            Map.entry("four-eyes", new Text("四眼原则：提出建议的人不能自己批准，须由另一位监管人员批准。",
                    "Four eyes: the regulator who proposed cannot approve; another regulator must.")),
            Map.entry("outside-province", new Text("超出您的管辖省份。", "Outside your province.")),
            Map.entry("role-not-allowed", new Text("您的角色不能执行此操作。", "Your role may not do this.")),
            Map.entry("forbidden", new Text("您无权访问此内容。", "You may not open this.")),
            Map.entry("unauthenticated", new Text("会话已过期，请重新登录。", "Your session has expired; log in again.")),
            Map.entry("action-not-allowed-in-state", new Text("案件当前状态不允许此操作。",
                    "The case's state does not allow this action.")),
            Map.entry("reason-required", new Text("请填写理由。", "A reason is required.")),
            Map.entry("case-already-open", new Text("该对象已有未结案件。", "This subject already has an open case.")),
            Map.entry("acknowledgement-not-owed-yet", new Text("号码登记系统尚未执行该指令，暂无需确认。",
                    "The registry has not carried the order out yet; nothing to acknowledge.")),
            Map.entry("not-a-carrier-of-this-order", new Text("该指令不涉及您的运营商。",
                    "This order does not concern your carrier.")),
            Map.entry("not-the-referring-agency", new Text("只有移送单位可以查看此移送。",
                    "Only the referring agency may read this referral.")),
            Map.entry("case-reference-required", new Text("公安查询必须填写案件编号。",
                    "Police lookups need a case reference.")),
            Map.entry("rate-limited", new Text("提交过于频繁，请稍后再试。", "Too many reports; try again later.")),
            Map.entry("licensee-sanctioned", new Text("该许可持有人受到联合惩戒，不能分配号段。",
                    "The licensee is under joint punishment; no segment may be allocated.")),
            Map.entry("legal-representative-sanctioned", new Text("该法定代表人受到联合惩戒，不能分配号段。",
                    "The legal representative is under joint punishment; no segment may be allocated.")),
            Map.entry("segment-overlaps", new Text("号段与已分配号段重叠。", "The segment overlaps an allocated one.")),
            Map.entry("segment-outside-number-plan", new Text("号段不在编号计划内。",
                    "The segment is outside the number plan.")),
            Map.entry("licence-invalid", new Text("许可证无效或已过期。", "The licence is not valid.")),
            Map.entry("licensee-already-registered", new Text("该统一社会信用代码已登记。",
                    "This USCC is already registered.")),
            Map.entry("not-found", new Text("未找到。", "Not found.")),
            Map.entry("service-unreachable", new Text("后台服务暂时无法访问，请稍后再试。",
                    "A service cannot be reached right now; try again later.")),
            Map.entry("missing-scope-claim", new Text("您的账号缺少必要的范围信息（省份、运营商、单位或信用代码）。",
                    "Your account lacks the scope it needs (province, carrier, agency or USCC).")));

    private ProblemMessages() {
    }

    /** One sentence (or two: what kind of problem, then the service's detail) in the language {@code lang}. */
    public static String describe(ApiProblem p, String lang) {
        boolean zh = !"en".equals(lang);
        Text known = KNOWN.get(p.slug());
        String head;
        if (known != null) {
            head = zh ? known.zh() : known.en();
        } else if (p.status() == 404) {
            head = zh ? KNOWN.get("not-found").zh() : KNOWN.get("not-found").en();
        } else if (p.title() != null) {
            head = p.title() + ".";
        } else {
            head = (zh ? "请求未成功（HTTP " : "The request failed (HTTP ") + p.status() + (zh ? "）。" : ").");
        }
        StringBuilder b = new StringBuilder(head);
        if (p.field() != null) {
            b.append(zh ? " 字段：" : " Field: ").append(p.field()).append('.');
        }
        if (p.detail() != null && !p.detail().isBlank()) {
            b.append(zh ? " 详情：" : " Detail: ").append(p.detail());
        }
        return b.toString();
    }
}
