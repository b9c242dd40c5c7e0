package com.physiopractice.triage.rules;

/**
 * The answer codes of questionnaire {@code lbhp-1}. They are the API contract: clients send them,
 * rules and explanations name them. Never rename a code; add a new questionnaire version instead.
 */
public final class AnswerCode {

    private AnswerCode() {
    }

    public enum PainLocation { LOWER_BACK, BUTTOCK, HIP, GROIN, THIGH, BELOW_KNEE, FOOT }

    public enum Side { LEFT, RIGHT, BOTH, CENTRAL }

    public enum Onset { SUDDEN, GRADUAL }

    public enum Trigger { NONE, LIFTING, TWISTING, SPORTS, FALL_OR_TRAUMA, REPETITIVE_MOVEMENT, PROLONGED_SITTING }

    /** What makes the pain worse ({@code worseWith}). */
    public enum Aggravator {
        SITTING, BENDING, STANDING, WALKING, LIFTING, STAIRS, RUNNING, ACTIVITY, LYING_DOWN, COUGH_SNEEZE, MORNING, NIGHT
    }

    /** What makes the pain better ({@code betterWith}). */
    public enum Reliever { REST, SITTING, STANDING, WALKING, MOVEMENT, LYING_DOWN, ANTI_INFLAMMATORIES }

    public enum Symptom {
        GROIN_PAIN, LIMP, STIFFNESS, MORNING_STIFFNESS_OVER_30_MIN, REDUCED_RANGE_OF_MOTION, TENDERNESS, SWELLING,
        MUSCLE_SPASM, MUSCLE_WEAKNESS, SHOOTING_PAIN_DOWN_LEG, LEG_NUMBNESS_OR_TINGLING, LEG_OR_FOOT_WEAKNESS,
        DIFFICULTY_WALKING, SLEEP_DISTURBANCE, NO_COMFORTABLE_POSITION, PAIN_LIFTING_KNEE, UPPER_LEG_TENDERNESS,
        HEARING_LOSS, HEADACHES, BOWED_LEGS, MALAISE, LOSS_OF_APPETITE
    }

    /** The yes/no safety questions; every one must be answered. */
    public enum SafetyQuestion {
        BLADDER_OR_BOWEL_CHANGE, SADDLE_NUMBNESS, NEW_SEXUAL_DYSFUNCTION, DIFFICULTY_MOVING_LEGS,
        LOSS_OF_FEELING_IN_LEGS, SYMPTOMS_IN_BOTH_LEGS, VISIBLE_DEFORMITY, UNABLE_TO_BEAR_WEIGHT, RECENT_MAJOR_TRAUMA,
        FEVER_OR_CHILLS, HISTORY_OF_CANCER, UNEXPLAINED_WEIGHT_LOSS, CONSTANT_NIGHT_PAIN,
        OSTEOPOROSIS_OR_LONG_TERM_STEROIDS, IMMUNOSUPPRESSION_OR_IV_DRUG_USE, RECENT_INFECTION_OR_SPINAL_PROCEDURE
    }

    public enum HistoryItem {
        SMOKER, OVERWEIGHT, SEDENTARY_WORK_OR_LONG_DRIVING, HEAVY_MANUAL_WORK, PREVIOUS_EPISODES,
        FAMILY_HISTORY_SPONDYLOARTHRITIS, PSORIASIS, HIGH_STRESS
    }

    /** STarT Back item 9: how bothersome the pain was over the last two weeks. */
    public enum Bother { NOT_AT_ALL, SLIGHTLY, MODERATELY, VERY_MUCH, EXTREMELY }
}
