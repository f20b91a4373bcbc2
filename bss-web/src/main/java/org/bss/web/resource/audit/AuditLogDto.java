package org.bss.web.resource.audit;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON form of an audit-log export. */
@Schema(name = "AuditLog", description = "Audit log entries of a period, oldest first, as AUD-4 export lines")
@JsonbPropertyOrder({"from", "to", "count", "lines"})
public class AuditLogDto {
    @Schema(example = "2026-03-01")
    public String from;

    @Schema(example = "2026-03-31")
    public String to;

    public int count;

    @Schema(
            example =
                    "[\"03/04/2026_05:06:07.089,FSP_INTS-BSS,INFO,39000,Create organization,userId=op|orgId=PLATFORM_OPERATOR|...\"]")
    public List<String> lines;

    public static AuditLogDto of(String from, String to, List<String> lines) {
        AuditLogDto d = new AuditLogDto();
        d.from = from;
        d.to = to;
        d.count = lines.size();
        d.lines = lines;
        return d;
    }
}
