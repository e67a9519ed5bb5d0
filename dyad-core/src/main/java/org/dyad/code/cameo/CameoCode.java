package org.dyad.code.cameo;

/**
 * One CAMEO event code with its Goldstein weight.
 *
 * @param code      full code, 2 to 4 digits ("04", "042", "0312")
 * @param root      the two-digit root ("04")
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
 *                  4 material conflict (derived from the root as GDELT does)
 */
public record CameoCode(String code, String root, String name, double goldstein, int quadClass) {
    /** Express intent to cooperate, with no more said (030): "want", "offer", "pledge". */
    public static final String GENERIC_INTENT = "030";
    /** Threaten, with no more said (130). */
    public static final String GENERIC_THREAT = "130";

    /** True for acts of force: assault (18), fight (19), unconventional mass violence (20). */
    public static boolean isForce(String code) {
        String root = code.substring(0, 2);
        return root.equals("18") || root.equals("19") || root.equals("20");
    }

    /** Demands, criticism and rejections (roots 10-12): acts that judge what someone did or wants. */
    public static boolean isJudgement(String code) {
        String root = code.substring(0, 2);
        return root.equals("10") || root.equals("11") || root.equals("12");
    }

    /** Protest, force posture, reducing relations, coercion, assault, fighting, mass violence (roots 14–20). */
    public static boolean isCoercive(String code) {
        String root = code.substring(0, 2);
        return root.compareTo("14") >= 0 && root.compareTo("20") <= 0;
    }

    /** GDELT's QuadClass of a root: 01-05 → 1, 06-09 → 2, 10-14 → 3, 15-20 → 4. */
    public static int quadClassOf(String root) {
        int r = Integer.parseInt(root);
        if (r < 1 || r > 20) {
            throw new IllegalArgumentException("CAMEO root out of range: " + root);
        }
        return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
    }
}
