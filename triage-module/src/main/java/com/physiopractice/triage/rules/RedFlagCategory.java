package com.physiopractice.triage.rules;

/** What a red flag may point to, in the words the patient and therapist see. */
public enum RedFlagCategory {
    CAUDA_EQUINA("pressure on the nerves at the base of the spine (cauda equina syndrome)"),
    NEUROLOGICAL_DEFICIT("a nerve problem affecting how your legs move or feel"),
    DEFORMITY("a change in the shape of your back or legs"),
    FRACTURE("a possible broken bone"),
    CANCER("a possible serious cause that a doctor should rule out"),
    INFECTION("a possible infection"),
    BILATERAL_NERVE_SYMPTOMS("nerve symptoms in both legs"),
    WEIGHT_BEARING("not being able to put weight on your leg"),
    INFLAMMATORY_BACK_PAIN("a possible inflammatory back condition (such as ankylosing spondylitis)"),
    PAGETS_DISEASE("signs that can go with Paget's disease of bone"),
    WEIGHT_LOSS("weight loss you cannot explain"),
    NIGHT_PAIN("constant pain at night"),
    // Since lbhp-2:
    CAUDA_EQUINA_RISK("nerve symptoms on both sides, which can be an early sign of pressure on the nerves at the base "
            + "of the spine"),
    RED_FLAG_CLUSTER("several warning signs together that a doctor should look into"),
    INFECTION_RISK("a higher risk of an infection in the spine"),
    FRAGILITY("bones that may break more easily");

    private final String plainWords;

    RedFlagCategory(String plainWords) {
        this.plainWords = plainWords;
    }

    public String plainWords() {
        return plainWords;
    }
}
