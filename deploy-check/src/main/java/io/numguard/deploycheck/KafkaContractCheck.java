package io.numguard.deploycheck;

import io.numguard.contracts.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Every KafkaUser against the bus table of ARCHITECTURE.md ({@link Topics#FLOWS}): a party writes exactly the
 * topics it produces (and the dead-letter twins of what it consumes), reads every topic it consumes and nothing
 * it neither consumes nor produces; carriers write nothing and read only in groups of their own prefix. */
final class KafkaContractCheck implements Check {

    @Override
    public void check(Index idx, Consumer<String> p) {
        Map<String, String> parties = new LinkedHashMap<>();
        for (String party : List.of(Topics.REGISTRY, Topics.COMPLAINT, Topics.ENFORCEMENT)) {
            parties.put("numguard-" + party, party);
        }
        Topics.CARRIER_CLIENTS.forEach(c -> parties.put(c, Topics.CARRIERS));
        parties.forEach((client, party) -> {
            if (idx.get("KafkaUser", client) == null) {
                p.accept("KafkaUser " + client + " of the contract (ARCHITECTURE.md, Kafka identity) is missing");
            }
        });
        for (ObjectNode ku : idx.ofKind("KafkaUser")) {
            String party = parties.get(Resources.name(ku));
            String id = Resources.id(ku);
            if (party == null) {
                p.accept(id + ": not a broker client of the contract (" + parties.keySet() + ")");
                continue;
            }
            Set<String> produces = new HashSet<>();
            Set<String> consumes = new HashSet<>();
            Topics.FLOWS.forEach((topic, flow) -> {
                if (flow.producer().equals(party)) {
                    produces.add(topic);
                }
                if (flow.consumers().contains(party)) {
                    consumes.add(topic);
                }
            });
            Set<String> writable = new HashSet<>(produces);
            consumes.forEach(t -> writable.add(Topics.dlq(t)));
            Map<String, Set<String>> ops = KafkaAcls.topicOperations(ku);
            ops.forEach((topic, allowed) -> {
                if (allowed.contains("Write") && !writable.contains(topic)) {
                    p.accept(id + ": may write " + topic + ", which the contract does not let " + party + " produce");
                }
                if (allowed.contains("Read") && !consumes.contains(topic) && !produces.contains(topic)) {
                    p.accept(id + ": may read " + topic + ", which the contract does not let " + party + " consume");
                }
            });
            produces.forEach(t -> {
                if (!ops.getOrDefault(t, Set.of()).contains("Write")) {
                    p.accept(id + ": cannot write " + t + ", which " + party + " produces by the contract");
                }
            });
            consumes.forEach(t -> {
                if (!ops.getOrDefault(t, Set.of()).contains("Read")) {
                    p.accept(id + ": cannot read " + t + ", which " + party + " consumes by the contract");
                }
            });
            String ownPrefix = Resources.name(ku) + (party.equals(Topics.CARRIERS) ? "." : "");
            for (String g : KafkaAcls.groupPrefixes(ku)) {
                if (!g.startsWith(ownPrefix)) {
                    p.accept(id + ": may read consumer group " + g + ", outside its own prefix " + ownPrefix);
                }
            }
        }
    }
}
