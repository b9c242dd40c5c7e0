package com.physiopractice.triage.rules;

/** The stable rule codes of the clinical specification; explanations and red flags name them. */
public final class RuleCode {

    public static final String E_CES = "E-CES";
    public static final String E_NEURO = "E-NEURO";
    public static final String E_DEFORMITY = "E-DEFORMITY";
    public static final String E_FRACTURE = "E-FRACTURE";
    public static final String U_CANCER = "U-CANCER";
    public static final String U_INFECTION = "U-INFECTION";
    public static final String U_FRACTURE = "U-FRACTURE";
    public static final String U_BILATERAL = "U-BILATERAL";
    public static final String U_WEIGHTBEARING = "U-WEIGHTBEARING";
    public static final String G_INFLAMMATORY = "G-INFLAMMATORY";
    public static final String G_PAGET = "G-PAGET";
    public static final String G_WEIGHTLOSS = "G-WEIGHTLOSS";
    public static final String G_CONSTANT_NIGHT = "G-CONSTANT-NIGHT";
    /** Since {@code lbhp-2}. */
    public static final String U_CES_RISK = "U-CES-RISK";
    /** Since {@code lbhp-2}. */
    public static final String U_CLUSTER = "U-CLUSTER";
    /** Since {@code lbhp-2}. */
    public static final String G_INFECTION_RISK = "G-INFECTION-RISK";
    /** Since {@code lbhp-2}. */
    public static final String G_FRAGILITY = "G-FRAGILITY";
    /** The PHYSIO_CONSULTATION criteria; the specification lists them without codes, so these are ours. */
    public static final String P_STARTBACK = "P-STARTBACK";
    public static final String P_DURATION = "P-DURATION";
    public static final String P_INTENSITY = "P-INTENSITY";
    public static final String P_NERVE = "P-NERVE";
    public static final String P_GAIT = "P-GAIT";
    public static final String P_ODI = "P-ODI";
    public static final String SELF_CARE = "S-SELF-CARE";

    private RuleCode() {
    }
}
