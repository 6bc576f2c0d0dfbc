package org.spasmcheck.engine.model;

import java.util.Arrays;
import java.util.Optional;

/** Evidence grades as the sources state them (clinical brief, section 0). */
public enum EvidenceGrade {
    AAN_A("aan_a", "AAN Level A (established effective)"),
    AAN_B("aan_b", "AAN Level B (probably effective)"),
    AAN_C("aan_c", "AAN Level C (possibly effective)"),
    AAN_U("aan_u", "AAN Level U (insufficient data)"),
    GRADE_HIGH("grade_high", "GRADE high certainty"),
    GRADE_MODERATE("grade_moderate", "GRADE moderate certainty"),
    GRADE_LOW("grade_low", "GRADE low certainty"),
    GRADE_VERY_LOW("grade_very_low", "GRADE very low certainty"),
    ACP_MODERATE("acp_moderate", "ACP moderate-quality evidence"),
    ACP_LOW("acp_low", "ACP low-quality evidence"),
    SOR_A("sor_a", "AAFP strength of recommendation A"),
    SOR_B("sor_b", "AAFP strength of recommendation B"),
    SOR_C("sor_c", "AAFP strength of recommendation C"),
    RCT_SINGLE("rct_single", "a single randomised trial, not replicated"),
    OBSERVATIONAL("observational", "observational studies"),
    CASE_SERIES("case_series", "case series"),
    EXPERT_OPINION("expert_opinion", "expert opinion"),
    STANDARD_CARE("standard_care", "standard care / first aid"),
    REGULATORY_WARNING("regulatory_warning", "regulatory safety warning"),
    INSUFFICIENT("insufficient", "insufficient evidence");

    private final String id;
    private final String label;

    EvidenceGrade(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<EvidenceGrade> fromId(String id) {
        return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst();
    }

    public static String allowedIds() {
        return String.join(", ", Arrays.stream(values()).map(EvidenceGrade::id).toList());
    }
}
