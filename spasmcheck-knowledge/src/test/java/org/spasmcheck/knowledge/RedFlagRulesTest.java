package org.spasmcheck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.AssessmentRequest;
import org.spasmcheck.engine.Engine;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.RedFlagRule;
import org.spasmcheck.engine.model.TriageLevel;
import org.spasmcheck.engine.model.Value;
import org.spasmcheck.engine.questions.StopReason;

/**
 * Table tests for every rule of knowledge-base/red-flags.yaml against section C of the clinical brief
 * (../shared/clinical/clinical-brief.md). One {@link Nested} group per YAML rule; each group quotes the guideline
 * words it tests.
 *
 * <p>Rows are compact evidence strings: {@code finding=value,finding=value}. Booleans are {@code true}/{@code false},
 * numbers are plain, a choice is its option id, a multi-choice lists option ids separated by {@code |}, and
 * {@code ?} is "don't know" ({@link Value#UNKNOWN}). Unknown is never false: a rule fires only when its
 * expression is TRUE in three-valued logic, so a near-miss row with a required part unknown must not fire.
 *
 * <p>Firing rows give the triage level the brief asks for; the test checks the rule fired and the overall triage
 * is at least that urgent. Expected levels come from the brief (section C; where section C is silent the
 * "RF -> triage" column of table B, or the rule's [judgment] level, as noted above the group), never from the
 * engine's output.
 */
class RedFlagRulesTest {

    private static final KnowledgeBase KB = YamlKnowledgeBaseLoader.shipped();
    private static final Engine ENGINE = new Engine(KB);

    // ------------------------------------------------------------------------------------------ helpers

    /** Parses a compact row such as {@code jaw_lock=true,cramp_location=jaw|neck,age_years=40} into evidence. */
    static Evidence evidence(String row) {
        Evidence e = Evidence.EMPTY;
        if (row == null || row.isBlank()) {
            return e;
        }
        for (String part : row.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("not finding=value: '" + part + "' in row [" + row + "]");
            }
            String id = kv[0].trim();
            Finding f = KB.finding(id).orElseThrow(
                    () -> new IllegalArgumentException("unknown finding '" + id + "' in row [" + row + "]"));
            e = e.with(id, value(f, kv[1].trim(), row));
        }
        return e;
    }

    private static Value value(Finding f, String raw, String row) {
        if (raw.equals("?")) {
            return Value.UNKNOWN;
        }
        return switch (f.type()) {
            case BOOLEAN -> {
                if (!raw.equals("true") && !raw.equals("false")) {
                    throw new IllegalArgumentException(f.id() + " needs true, false or ? in row [" + row + "]");
                }
                yield Value.of(Boolean.parseBoolean(raw));
            }
            case NUMBER -> new Value.Number(Double.parseDouble(raw));
            case CHOICE -> {
                requireOptions(f, List.of(raw), row);
                yield new Value.Choice(raw);
            }
            case MULTI_CHOICE -> {
                List<String> options = List.of(raw.split("\\|"));
                requireOptions(f, options, row);
                yield new Value.Choices(Set.copyOf(options));
            }
        };
    }

    private static void requireOptions(Finding f, List<String> options, String row) {
        for (String o : options) {
            if (!f.options().contains(o)) {
                throw new IllegalArgumentException(f.id() + " has no option '" + o + "' (" + f.allowedValues()
                        + ") in row [" + row + "]");
            }
        }
    }

    static Assessment assess(String row) {
        return ENGINE.assess(AssessmentRequest.of(evidence(row)));
    }

    static List<String> firedIds(Assessment a) {
        return a.triage().firedRules().stream().map(RedFlagRule::id).toList();
    }

    private static String fired(Assessment a) {
        return a.triage().firedRules().stream().map(r -> r.id() + "=" + r.level().id())
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** The rule fires on this row and the triage is at least {@code expected} (the brief's level). */
    static void assertFires(String ruleId, String row, TriageLevel expected) {
        Assessment a = assess(row);
        assertThat(firedIds(a)).as("rule %s should fire for [%s]; fired %s", ruleId, row, fired(a))
                .contains(ruleId);
        assertThat(a.triage().level().urgency())
                .as("triage for [%s] is %s but the brief asks at least %s; fired %s (rule %s is %s in the YAML)",
                        row, a.triage().level().id(), expected.id(), fired(a), ruleId, level(ruleId).id())
                .isGreaterThanOrEqualTo(expected.urgency());
    }

    /** The rule must not fire on this row (a required part is false or unknown). */
    static void assertDoesNotFire(String ruleId, String row) {
        Assessment a = assess(row);
        assertThat(firedIds(a)).as("rule %s must not fire for [%s]; fired %s", ruleId, row, fired(a))
                .doesNotContain(ruleId);
    }

    private static TriageLevel level(String ruleId) {
        return KB.rules().stream().filter(r -> r.id().equals(ruleId)).map(RedFlagRule::level).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + ruleId + " in red-flags.yaml"));
    }

    // ------------------------------------------------------------------------------------------ coverage

    @Test
    void everyRuleOfTheKnowledgeBase_hasATestGroup() throws IllegalAccessException {
        List<String> tested = new ArrayList<>();
        for (Class<?> c : RedFlagRulesTest.class.getDeclaredClasses()) {
            if (!c.isAnnotationPresent(Nested.class)) {
                continue;
            }
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals("RULE")) {
                    f.setAccessible(true);
                    tested.add((String) f.get(null));
                }
            }
        }
        assertThat(tested).containsExactlyInAnyOrderElementsOf(KB.rules().stream().map(RedFlagRule::id).toList());
    }

    // ================================================================================== Tetanus (brief C1, C2)

    /*
     * Brief C1: "Jaw stiffness/cannot open mouth, OR spreading body spasms/arched back triggered by noise or touch,
     * especially after a wound in the last 3 weeks or with unknown/incomplete tetanus vaccination
     * -> emergency_ambulance (S116, S118, S120)."
     */
    @Nested
    class TetanusGeneralizedSpasms {
        static final String RULE = "tetanus_generalized_spasms";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                spreading spasms alone,              'generalized_spasms=true',                                    EMERGENCY_AMBULANCE
                spreading spasms after a wound,      'generalized_spasms=true,recent_wound=true',                  EMERGENCY_AMBULANCE
                spasms with unknown vaccination,     'generalized_spasms=true,tetanus_vaccine=fewer_than_3_doses_or_unknown', EMERGENCY_AMBULANCE
                whole-body spasms with jaw lock,     'generalized_spasms=true,cramp_location=whole_body,jaw_lock=true', EMERGENCY_AMBULANCE
                spasms even when vaccinated recently,'generalized_spasms=true,tetanus_vaccine=under_5_years',      EMERGENCY_AMBULANCE
                """)
        void spreadingSpasmsProvokedByNoiseOrTouch_callAnAmbulance(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                no spreading spasms after a wound,   'generalized_spasms=false,recent_wound=true'
                spasms not known,                    'generalized_spasms=?,cramp_location=whole_body'
                nothing answered,                    ''
                """)
        void noSpreadingSpasms_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C1: "Jaw stiffness/cannot open mouth, ... especially after a wound in the last 3 weeks or with
     * unknown/incomplete tetanus vaccination -> emergency_ambulance (S116, S118, S120)."
     * (Table B jaw_lock: "RF -> emergency_ambulance if with wound or spasms".)
     */
    @Nested
    class TetanusTrismusHighRisk {
        static final String RULE = "tetanus_trismus_high_risk";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                jaw lock after a wound,                   'jaw_lock=true,recent_wound=true',                                   EMERGENCY_AMBULANCE
                jaw lock with incomplete vaccination,     'jaw_lock=true,tetanus_vaccine=fewer_than_3_doses_or_unknown',       EMERGENCY_AMBULANCE
                jaw lock with lapsed vaccination,         'jaw_lock=true,tetanus_vaccine=over_10_years',                       EMERGENCY_AMBULANCE
                jaw lock with trouble swallowing,         'jaw_lock=true,breathing_swallowing_difficulty=true',                EMERGENCY_AMBULANCE
                jaw lock with spreading neck stiffness,   'jaw_lock=true,cramp_location=jaw|neck',                             EMERGENCY_AMBULANCE
                jaw lock one week after a wound,          'jaw_lock=true,recent_wound=true,problem_duration_weeks=1',          EMERGENCY_AMBULANCE
                jaw lock after a wound duration unknown,  'jaw_lock=true,recent_wound=true,problem_duration_weeks=?',          EMERGENCY_AMBULANCE
                """)
        void jawLockAfterWoundOrWithVaccinationGap_callsAnAmbulance(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                no jaw lock after a wound,               'jaw_lock=false,recent_wound=true'
                jaw lock not known after a wound,        'jaw_lock=?,recent_wound=true,tetanus_vaccine=over_10_years'
                jaw lock with no wound and up to date,   'jaw_lock=true,recent_wound=false,tetanus_vaccine=under_5_years,breathing_swallowing_difficulty=false,swallowing_difficulty=false,cramp_location=jaw'
                jaw lock known for 6 weeks,              'jaw_lock=true,recent_wound=true,problem_duration_weeks=6'
                """)
        void jawLockWithoutRiskOrLongStanding_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C1: "Jaw stiffness/cannot open mouth, OR spreading body spasms ..., especially after a wound in the last
     * 3 weeks or with unknown/incomplete tetanus vaccination -> emergency_ambulance (S116, S118, S120)."
     * C1 lists jaw stiffness itself as the trigger ("especially" qualifies, it does not restrict), so an acute jaw
     * lock without a reported wound or vaccination gap is still emergency_ambulance by section C (table B's
     * "if with wound or spasms" is narrower; section C wins). Trismus known for >=4 weeks is not acute.
     */
    @Nested
    class TetanusTrismus {
        static final String RULE = "tetanus_trismus";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                acute jaw lock alone,                        'jaw_lock=true',                                                       EMERGENCY_AMBULANCE
                jaw lock no wound and vaccinated recently,   'jaw_lock=true,recent_wound=false,tetanus_vaccine=under_5_years,problem_duration_weeks=1', EMERGENCY_AMBULANCE
                jaw lock for 3 weeks,                        'jaw_lock=true,problem_duration_weeks=3',                              EMERGENCY_AMBULANCE
                """)
        void acuteJawLock_isAnEmergency(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                jaw opens fully,                 'jaw_lock=false,cramp_location=jaw'
                jaw lock not known,              'jaw_lock=?,cramp_location=jaw'
                jaw lock known for 4 weeks,      'jaw_lock=true,problem_duration_weeks=4'
                jaw lock known for a year,       'jaw_lock=true,problem_duration_weeks=52'
                """)
        void noJawLockOrLongStandingJawLock_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C2: "Wound prophylaxis (no symptoms): clean minor wound - vaccine if >=10 y since last dose or <3
     * doses/unknown; TIG not needed. All other wounds (dirt, faeces, soil, saliva, puncture, crush, avulsion, burns,
     * frostbite) - vaccine if >=5 y since last dose; vaccine + TIG if <3 doses or unknown ... -> consultation_24
     * (S124, S125, S131) [judgment on triage level]."
     * (The recent_wound question asks about puncture, burn, bite, dirty cut: tetanus-prone wounds.)
     */
    @Nested
    class TetanusProneWoundUnprotected {
        static final String RULE = "tetanus_prone_wound_unprotected";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                wound with fewer than 3 doses or unknown,   'recent_wound=true,tetanus_vaccine=fewer_than_3_doses_or_unknown', CONSULTATION_24
                wound with last dose over 10 years ago,     'recent_wound=true,tetanus_vaccine=over_10_years',                CONSULTATION_24
                dirty wound with last dose 5 to 10 years,   'recent_wound=true,tetanus_vaccine=5_to_10_years',                CONSULTATION_24
                """)
        void woundWithoutUpToDateTetanusShots_seesADoctorWithin24h(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                wound with a dose under 5 years ago,   'recent_wound=true,tetanus_vaccine=under_5_years'
                no wound and lapsed vaccination,       'recent_wound=false,tetanus_vaccine=over_10_years'
                wound not known,                       'recent_wound=?,tetanus_vaccine=fewer_than_3_doses_or_unknown'
                wound with vaccination unanswered,     'recent_wound=true,tetanus_vaccine=?'
                """)
        void noWoundOrUpToDateVaccination_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    // ================================================================================== Heat (brief C3, C4)

    /*
     * Brief C3: "Confusion, collapse, seizure or drowsiness during/after heat or exertion (with or without measured
     * temperature >40 C) -> emergency_ambulance; start cooling (cold-water immersion) immediately (S20, S22, S24)."
     */
    @Nested
    class HeatStrokeCnsDysfunction {
        static final String RULE = "heat_stroke_cns_dysfunction";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                confused or drowsy after heat,            'confused_in_heat=true',                                      EMERGENCY_AMBULANCE
                confused after exertion without fever,    'confused_in_heat=true,long_or_new_exercise=true,temperature_c=38.5', EMERGENCY_AMBULANCE
                collapse or seizure in the heat,          'fainted_or_seizure=true,heat_sweating=true',                 EMERGENCY_AMBULANCE
                collapse after a long hard run,           'fainted_or_seizure=true,long_or_new_exercise=true',          EMERGENCY_AMBULANCE
                collapse with temperature 41 C,           'fainted_or_seizure=true,temperature_c=41',                   EMERGENCY_AMBULANCE
                confusion with temperature 40.5 C,        'confused_in_heat=true,temperature_c=40.5,heat_sweating=true', EMERGENCY_AMBULANCE
                """)
        void confusionOrCollapseAfterHeatOrExertion_callsAnAmbulance(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                hot and sweaty but alert,                     'confused_in_heat=false,fainted_or_seizure=false,heat_sweating=true'
                confusion not known after heat,               'confused_in_heat=?,heat_sweating=true,dehydration_signs=true'
                faint with no heat or exertion,               'confused_in_heat=false,fainted_or_seizure=true,heat_sweating=false,long_or_new_exercise=false'
                faint with heat and exertion not known,       'confused_in_heat=false,fainted_or_seizure=true,heat_sweating=?,long_or_new_exercise=?'
                temperature 41 C in heat but alert,           'confused_in_heat=false,fainted_or_seizure=false,temperature_c=41,heat_sweating=true'
                """)
        void noConfusionOrCollapseOrNoHeatContext_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C3 covers CNS signs ("with or without measured temperature >40 C"); a measured temperature >=40 C after
     * heat or exertion without CNS signs is not a section C rule. Brief A heat_stroke puts heat exhaustion at
     * 37-40 C; the YAML escalates >=40 C to emergency [judgment on level], which is the level tested here.
     */
    @Nested
    class Hyperthermia40InHeat {
        static final String RULE = "hyperthermia_40_in_heat";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                temperature 40 C after sweating in heat,  'temperature_c=40,heat_sweating=true',                                 EMERGENCY
                temperature 40.5 C after a long run,      'temperature_c=40.5,long_or_new_exercise=true,confused_in_heat=false',  EMERGENCY
                """)
        void temperatureAtLeast40AfterHeatOrExertion_isAnEmergency(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                temperature 39.9 C in heat,                'temperature_c=39.9,heat_sweating=true'
                temperature 41 C without heat or exertion, 'temperature_c=41,heat_sweating=false,long_or_new_exercise=false'
                temperature not measured in heat,          'temperature_c=?,heat_sweating=true'
                temperature 40.5 C context not known,      'temperature_c=40.5,heat_sweating=?,long_or_new_exercise=?'
                """)
        void belowFortyOrNoHeatContext_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C4: "Heat exhaustion signs without confusion that do not improve after ~1 h of rest, cooling and oral
     * fluids -> emergency [judgment; S20 says usual resolution within 2-3 h]."
     * (The YAML uses repeated vomiting/diarrhoea, i.e. oral rehydration failing, as the askable equivalent.)
     */
    @Nested
    class HeatExhaustionNotCoping {
        static final String RULE = "heat_exhaustion_not_coping";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                heat with dehydration and vomiting,       'heat_sweating=true,dehydration_signs=true,vomiting_diarrhoea=true',         EMERGENCY
                exertion with dehydration and diarrhoea,  'long_or_new_exercise=true,dehydration_signs=true,vomiting_diarrhoea=true',  EMERGENCY
                """)
        void heatExhaustionThatCannotKeepFluidsDown_isAnEmergency(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                heat and dehydration without vomiting,      'heat_sweating=true,dehydration_signs=true,vomiting_diarrhoea=false'
                heat and dehydration vomiting not known,    'heat_sweating=true,dehydration_signs=true,vomiting_diarrhoea=?'
                vomiting and dehydration without heat,      'heat_sweating=false,long_or_new_exercise=false,dehydration_signs=true,vomiting_diarrhoea=true'
                heat and vomiting dehydration not known,    'heat_sweating=true,dehydration_signs=?,vomiting_diarrhoea=true'
                """)
        void heatWithoutFailingOralFluids_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    // ================================================================================== Muscle breakdown / limb (C5-C9)

    /*
     * Brief C5: "Dark/cola urine with muscle pain or weakness after exertion, crush, prolonged lying, heat, or on a
     * statin -> emergency (S74)."
     */
    @Nested
    class RhabdomyolysisDarkUrine {
        static final String RULE = "rhabdomyolysis_dark_urine";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                dark urine with severe pain after exertion,  'dark_urine=true,severe_pain_weakness_after_exertion=true',  EMERGENCY
                dark urine on a statin with aches,           'dark_urine=true,med_statin=true,muscle_aches=true',          EMERGENCY
                dark urine after heat,                       'dark_urine=true,heat_sweating=true',                         EMERGENCY
                dark urine after a long run,                 'dark_urine=true,long_or_new_exercise=true',                  EMERGENCY
                dark urine with weak muscles,                'dark_urine=true,muscle_weakness_general=true',               EMERGENCY
                dark urine after a fall or crush,            'dark_urine=true,recent_injury_or_fall=true',                 EMERGENCY
                dark urine with heavy alcohol use,           'dark_urine=true,alcohol_heavy=true',                         EMERGENCY
                """)
        void darkUrineWithMusclePainAfterExertionHeatOrStatin_isAnEmergency(String row, String evidence,
                                                                            TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                normal urine on a statin,               'dark_urine=false,med_statin=true,muscle_aches=true'
                urine colour not known after exertion,  'dark_urine=?,severe_pain_weakness_after_exertion=true'
                dark urine with no muscle context known,'dark_urine=true'
                dark urine and every context denied,    'dark_urine=true,severe_pain_weakness_after_exertion=false,muscle_aches=false,muscle_weakness_general=false,weakness_attacks=false,med_statin=false,statin_interacting_drug=false,heat_sweating=false,long_or_new_exercise=false,exercise_intolerance_second_wind=false,confused_in_heat=false,alcohol_heavy=false,recent_injury_or_fall=false,cramp_location=calf'
                """)
        void noDarkUrineOrNoMuscleContext_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Section C5 ("Dark/cola urine with muscle pain or weakness ... on a statin -> emergency") needs dark urine;
     * brief A2 statin_associated_muscle_symptoms: "Triage: consultation; emergency if dark urine, marked weakness
     * (rhabdomyolysis) [judgment]"; A3 rhabdomyolysis causes: "statins (+ interacting drugs)", triage emergency (S74).
     */
    @Nested
    class StatinSevereMyopathy {
        static final String RULE = "statin_severe_myopathy";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                marked weakness on a statin,                  'med_statin=true,muscle_weakness_general=true',                              EMERGENCY
                little urine on a statin,                     'med_statin=true,reduced_urine_output=true',                                 EMERGENCY
                aches after an interacting drug on a statin,  'med_statin=true,statin_interacting_drug=true,muscle_aches=true',            EMERGENCY
                severe pain after interacting drug,           'med_statin=true,statin_interacting_drug=true,severe_pain_weakness_after_exertion=true', EMERGENCY
                """)
        void statinWithMarkedWeaknessOrFallingUrine_isEmergency(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                statin myalgia only,                        'med_statin=true,muscle_aches=true,muscle_weakness_general=false,reduced_urine_output=false,statin_interacting_drug=false'
                statin aches interacting drug not known,    'med_statin=true,muscle_aches=true,muscle_weakness_general=false,reduced_urine_output=false,statin_interacting_drug=?'
                weakness without a statin,                  'med_statin=false,muscle_weakness_general=true'
                weakness statin not known,                  'med_statin=?,muscle_weakness_general=true'
                statin and interacting drug no symptoms,    'med_statin=true,statin_interacting_drug=true,muscle_aches=false,severe_pain_weakness_after_exertion=false,muscle_weakness_general=false,reduced_urine_output=false'
                """)
        void statinWithoutMarkedWeaknessOrKidneySigns_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief A3 rhabdomyolysis: "Presentation: myalgia, weakness, red-brown urine - the full triad in <10%; many have
     * no muscle complaints (S74) ... Triage: emergency (AKI, hyperkalemia, compartment syndrome) (S74)." Section C5
     * names dark urine; falling urine output with muscle pain is the YAML's AKI arm [judgment].
     */
    @Nested
    class MusclePainWithFallingUrine {
        static final String RULE = "muscle_pain_with_falling_urine";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                aching muscles and little urine,           'reduced_urine_output=true,muscle_aches=true',                           EMERGENCY
                weak muscles and little urine,             'reduced_urine_output=true,muscle_weakness_general=true',                EMERGENCY
                severe pain after exertion little urine,   'reduced_urine_output=true,severe_pain_weakness_after_exertion=true',    EMERGENCY
                """)
        void musclePainWithFallingUrineOutput_isEmergency(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                aching muscles normal urine,            'reduced_urine_output=false,muscle_aches=true'
                aching muscles urine not known,         'reduced_urine_output=?,muscle_aches=true'
                little urine without muscle symptoms,   'reduced_urine_output=true,muscle_aches=false,muscle_weakness_general=false,severe_pain_weakness_after_exertion=false'
                little urine muscle symptoms not known, 'reduced_urine_output=true,muscle_aches=?,muscle_weakness_general=?'
                """)
        void fallingUrineWithoutMuscleSymptoms_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Section C has no rule for dark urine without a muscle/exertion context (C5 requires one); table B lists
     * dark_urine as "RF -> emergency". The YAML keeps it at consultation_24 [judgment], the level tested here.
     */
    @Nested
    class DarkUrineUnexplained {
        static final String RULE = "dark_urine_unexplained";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                dark urine alone,                       'dark_urine=true',                                                  CONSULTATION_24
                dark urine with no exertion or statin,  'dark_urine=true,severe_pain_weakness_after_exertion=false,med_statin=false', CONSULTATION_24
                """)
        void darkUrineAlone_seesADoctorWithin24h(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                normal urine,            'dark_urine=false'
                urine colour not known,  'dark_urine=?,bruising_bleeding=true'
                """)
        void noDarkUrine_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Section C5 needs dark urine; table B severe_pain_weakness_after_exertion: "with dark urine -> emergency;
     * alone -> consultation_24" (S74: many rhabdomyolysis patients have normal-coloured urine).
     */
    @Nested
    class SevereMusclePainAfterExertionOrCrush {
        static final String RULE = "severe_muscle_pain_after_exertion_or_crush";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                severe pain after exertion normal urine,  'severe_pain_weakness_after_exertion=true,dark_urine=false',  CONSULTATION_24
                severe weakness after lying on the floor, 'severe_pain_weakness_after_exertion=true',                   CONSULTATION_24
                """)
        void severeMusclePainAfterExertionOrCrush_seesADoctorWithin24h(String row, String evidence,
                                                                       TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                no severe pain after exertion,   'severe_pain_weakness_after_exertion=false,long_or_new_exercise=true'
                severe pain not known,           'severe_pain_weakness_after_exertion=?,long_or_new_exercise=true'
                """)
        void noSeverePainAfterExertion_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C7 (compartment syndrome: "pain out of proportion" is the earliest sign) and C5 (rhabdomyolysis with
     * kidney injury); severe post-exertion/crush pain escalating over hours or with falling urine output ->
     * emergency [judgment in the YAML, S70, S74].
     */
    @Nested
    class SevereMusclePainProgressing {
        static final String RULE = "severe_muscle_pain_progressing";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                severe pain getting worse over hours,   'severe_pain_weakness_after_exertion=true,pain_worsening_hours=true',  EMERGENCY
                severe pain with little urine,          'severe_pain_weakness_after_exertion=true,reduced_urine_output=true',  EMERGENCY
                """)
        void severeMusclePainWorseningOrWithLittleUrine_isAnEmergency(String row, String evidence,
                                                                      TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                severe pain stable with normal urine,   'severe_pain_weakness_after_exertion=true,pain_worsening_hours=false,reduced_urine_output=false'
                severe pain course not known,           'severe_pain_weakness_after_exertion=true,pain_worsening_hours=?,reduced_urine_output=?'
                worsening pain but not after exertion,  'severe_pain_weakness_after_exertion=false,pain_worsening_hours=true'
                severe pain not known and worsening,    'severe_pain_weakness_after_exertion=?,pain_worsening_hours=true'
                """)
        void severePainNotProgressing_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /* Brief C6: "Sudden cold, pale/blue, painful, numb or weak leg -> emergency_ambulance (S65)." */
    @Nested
    class AcuteLimbIschemia {
        static final String RULE = "acute_limb_ischemia";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                sudden cold pale leg,              'cold_pale_leg_sudden=true',                                   EMERGENCY_AMBULANCE
                sudden cold leg with calf cramp,   'cold_pale_leg_sudden=true,cramp_location=calf,vascular_risk=true', EMERGENCY_AMBULANCE
                """)
        void suddenColdPaleLeg_callsAnAmbulance(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                leg not suddenly cold,               'cold_pale_leg_sudden=false,cramp_location=calf'
                sudden cold leg not known,           'cold_pale_leg_sudden=?,cramp_location=calf'
                chronically cool discoloured skin,   'cold_pale_leg_sudden=false,cool_skin_leg=true,skin_discoloured=true'
                """)
        void noSuddenColdPaleLeg_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C7: "After injury, fracture, crush or tight cast: pain out of proportion + tense compartment, especially
     * with pain on passive stretch or paresthesia -> emergency (PPV 68% for pain + passive-stretch pain; 93% if
     * weakness added) (S70, S72)." (Table B: pain_passive_stretch "RF -> emergency".)
     */
    @Nested
    class AcuteCompartmentSyndrome {
        static final String RULE = "acute_compartment_syndrome";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                pain out of proportion with tense calf,      'pain_out_of_proportion=true',                                       EMERGENCY
                pain out of proportion and passive stretch,  'pain_out_of_proportion=true,pain_passive_stretch=true',            EMERGENCY
                pain out of proportion with paresthesia,     'pain_out_of_proportion=true,limb_numbness_tingling=true,recent_injury_or_fall=true', EMERGENCY
                pain on passive stretch (clinician),         'pain_passive_stretch=true',                                         EMERGENCY
                """)
        void painOutOfProportionAfterInjuryOrCast_isAnEmergency(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                pain in proportion after injury,   'pain_out_of_proportion=false,pain_passive_stretch=false,recent_injury_or_fall=true'
                both signs not known,              'pain_out_of_proportion=?,pain_passive_stretch=?,recent_injury_or_fall=true'
                one denied one not known,          'pain_out_of_proportion=false,pain_passive_stretch=?'
                """)
        void painNotOutOfProportion_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C8: "Unilateral calf swelling with tenderness/warmth, or Wells >=1 -> emergency (same-day imaging)
     * [judgment]; add chest pain, sudden breathlessness or coughing blood -> emergency_ambulance [textbook]."
     */
    @Nested
    class DvtUnilateralSwelling {
        static final String RULE = "dvt_unilateral_swelling";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                one swollen tender calf,                   'calf_swelling_one_side=true,calf_red_warm_tender=true',  EMERGENCY
                one swollen calf (Wells 1),                'calf_swelling_one_side=true',                            EMERGENCY
                tender calf with recent surgery or cast,   'calf_red_warm_tender=true,dvt_risk=true',                EMERGENCY
                """)
        void unilateralCalfSwellingOrTendernessWithRisk_isAnEmergency(String row, String evidence,
                                                                      TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                no swelling or tenderness with a risk,      'calf_swelling_one_side=false,calf_red_warm_tender=false,dvt_risk=true'
                swelling not known,                         'calf_swelling_one_side=?,cramp_location=calf'
                tender calf without a risk item,            'calf_swelling_one_side=false,calf_red_warm_tender=true,dvt_risk=false'
                tender calf risk not known,                 'calf_swelling_one_side=false,calf_red_warm_tender=true,dvt_risk=?'
                """)
        void noSwellingAndNoTendernessWithRisk_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C8: "Unilateral calf swelling with tenderness/warmth, or Wells >=1 -> emergency (same-day imaging)
     * [judgment] ..." Deep-vein tenderness alone scores Wells 1 (S68), so section C asks emergency, and so does the YAML.
     */
    @Nested
    class DvtTenderCalf {
        static final String RULE = "dvt_tender_calf";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                tender calf without swelling or risk (Wells 1), 'calf_red_warm_tender=true,calf_swelling_one_side=false,dvt_risk=false', EMERGENCY
                tender calf with swelling,                       'calf_red_warm_tender=true,calf_swelling_one_side=true',                 EMERGENCY
                """)
        void redWarmTenderCalf_isWellsOneAndAnEmergency(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                calf not tender,        'calf_red_warm_tender=false,cramp_location=calf'
                tenderness not known,   'calf_red_warm_tender=?,cramp_location=calf'
                """)
        void calfNotTender_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C8: "... add chest pain, sudden breathlessness or coughing blood -> emergency_ambulance [textbook]."
     */
    @Nested
    class DvtWithPeSymptoms {
        static final String RULE = "dvt_with_pe_symptoms";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                swollen calf with chest pain,              'calf_swelling_one_side=true,chest_pain=true',          EMERGENCY_AMBULANCE
                tender calf with sudden breathlessness,    'calf_red_warm_tender=true,sudden_breathless=true',     EMERGENCY_AMBULANCE
                """)
        void suspectedDvtWithChestPainOrBreathlessness_callsAnAmbulance(String row, String evidence,
                                                                        TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                swollen calf without chest symptoms,          'calf_swelling_one_side=true,chest_pain=false,sudden_breathless=false'
                swollen calf chest symptoms not known,        'calf_swelling_one_side=true,chest_pain=?,sudden_breathless=?'
                breathless but no leg swelling or tenderness, 'calf_swelling_one_side=false,calf_red_warm_tender=false,sudden_breathless=true'
                breathless with leg signs not known,          'calf_swelling_one_side=?,calf_red_warm_tender=?,sudden_breathless=true'
                """)
        void dvtWithoutChestSymptoms_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C9: "Rest pain in the foot, non-healing foot wound or gangrene in a person with claudication/PAD
     * -> consultation_24 [textbook]."
     */
    @Nested
    class CriticalLimbIschemiaRestPainOrSore {
        static final String RULE = "critical_limb_ischemia_rest_pain_or_sore";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                rest pain with claudication,          'rest_pain_or_foot_sore=true,walk_pain_stops_standing=true',  CONSULTATION_24
                non-healing sore with vascular risk,  'rest_pain_or_foot_sore=true,vascular_risk=true,diabetes_known=true', CONSULTATION_24
                """)
        void restPainOrNonHealingSoreWithPad_seesADoctorWithin24h(String row, String evidence,
                                                                  TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                claudication without rest pain or sore,  'rest_pain_or_foot_sore=false,walk_pain_stops_standing=true'
                rest pain not known,                     'rest_pain_or_foot_sore=?,walk_pain_stops_standing=true'
                """)
        void noRestPainOrSore_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    // ================================================================================== Spine (brief C10-C15)

    /*
     * Brief C10: "Back pain/sciatica with ANY of: saddle numbness, new urinary retention/incontinence/reduced bladder
     * sensation, bowel incontinence, bilateral leg symptoms with weakness -> emergency (emergency MRI; do not wait
     * for complete retention) (S80, S89, S91, S93)."
     */
    @Nested
    class CaudaEquinaSyndrome {
        static final String RULE = "cauda_equina_syndrome";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                saddle numbness with back pain,               'back_pain=true,saddle_numbness=true',                                       EMERGENCY
                bladder change with back pain,                'back_pain=true,bladder_change=true',                                        EMERGENCY
                bowel incontinence with sciatica,             'radiating_below_knee=true,bowel_incontinence=true',                         EMERGENCY
                bilateral leg pain with weakness,             'back_pain=true,bilateral_buttock_leg_pain=true,leg_weakness_progressive=true', EMERGENCY
                saddle numbness with lower back spasm,        'cramp_location=lower_back,saddle_numbness=true',                            EMERGENCY
                saddle numbness and bladder change,           'saddle_numbness=true,bladder_change=true',                                  EMERGENCY
                bladder change with back pain before retention,'back_pain=true,bladder_change=true,saddle_numbness=false,bowel_incontinence=false', EMERGENCY
                """)
        void backPainWithSaddleNumbnessSphincterChangeOrBilateralWeakness_isEmergency(String row, String evidence,
                                                                                      TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @Test
        void saddleNumbnessWithBackPain_isEmergency() {
            assertFires(RULE, "back_pain=true,saddle_numbness=true", TriageLevel.EMERGENCY);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                back pain with no saddle or sphincter signs,   'back_pain=true,saddle_numbness=false,bladder_change=false,bowel_incontinence=false,leg_weakness_progressive=false'
                back pain with saddle numbness not known,      'back_pain=true,saddle_numbness=?,bladder_change=false,bowel_incontinence=false,leg_weakness_progressive=false'
                back pain with one weak leg only,              'back_pain=true,leg_weakness_progressive=true,bilateral_buttock_leg_pain=false,saddle_numbness=false,bladder_change=false,bowel_incontinence=false'
                weak legs with bilateral pain not known,       'back_pain=true,leg_weakness_progressive=true,bilateral_buttock_leg_pain=?,saddle_numbness=false,bladder_change=false,bowel_incontinence=false'
                """)
        void backPainWithoutSaddleSphincterOrBilateralSigns_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C11: "Back or neck pain with fever, OR with injection drug use, recent spinal
     * procedure/bacteremia/immunosuppression AND any new neurological symptom -> emergency (S94, S96)."
     * (This group: the fever arm.)
     */
    @Nested
    class SpinalInfectionFever {
        static final String RULE = "spinal_infection_fever";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                back pain with fever,                 'fever_with_spine_pain=true,back_pain=true',           EMERGENCY
                fever with spine pain reported,       'fever_with_spine_pain=true',                          EMERGENCY
                measured 38.5 C with back pain,       'temperature_c=38.5,back_pain=true',                   EMERGENCY
                measured 38 C with neck spasm,        'temperature_c=38,cramp_location=neck',                EMERGENCY
                measured 39 C with wry neck,          'temperature_c=39,neck_pain_tilted=true',              EMERGENCY
                measured 38.2 C with mid-back spasm,  'temperature_c=38.2,cramp_location=mid_upper_back',    EMERGENCY
                """)
        void backOrNeckPainWithFever_isEmergency(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                back pain without fever,                'fever_with_spine_pain=false,back_pain=true,temperature_c=37.2'
                back pain fever not known,              'fever_with_spine_pain=?,back_pain=true'
                measured 37.9 C with back pain,         'fever_with_spine_pain=false,temperature_c=37.9,back_pain=true'
                fever 39 C without back or neck pain,   'fever_with_spine_pain=false,temperature_c=39,back_pain=false,neck_pain_tilted=false,cramp_location=calf'
                """)
        void spinePainWithoutFever_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C11: "Back or neck pain with fever, OR with injection drug use, recent spinal
     * procedure/bacteremia/immunosuppression AND any new neurological symptom -> emergency (S94, S96)."
     * (This group: the risk factor + neurological symptom arm, even without fever.)
     */
    @Nested
    class SpinalInfectionRiskWithNeuroDeficit {
        static final String RULE = "spinal_infection_risk_with_neuro_deficit";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                injects drugs back pain and weak leg,         'back_pain=true,injects_drugs=true,leg_weakness_progressive=true,fever_with_spine_pain=false', EMERGENCY
                spine procedure neck pain and numbness,       'neck_pain_tilted=true,recent_spine_procedure=true,limb_numbness_tingling=true', EMERGENCY
                injects drugs back pain and sciatica,         'back_pain=true,injects_drugs=true,radiating_below_knee=true',                  EMERGENCY
                spine procedure mid-back and ascending numbness,'cramp_location=mid_upper_back,recent_spine_procedure=true,lhermitte_or_ascending_numbness=true', EMERGENCY
                """)
        void spinePainWithAbscessRiskAndNewNeurology_isEmergency(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                injects drugs back pain no neurology,     'back_pain=true,injects_drugs=true,leg_weakness_progressive=false,limb_numbness_tingling=false,radiating_below_knee=false,saddle_numbness=false,bladder_change=false,bowel_incontinence=false,lhermitte_or_ascending_numbness=false'
                injects drugs back pain neurology unknown,'back_pain=true,injects_drugs=true,leg_weakness_progressive=?,limb_numbness_tingling=?,radiating_below_knee=?'
                back pain and weak leg without a risk,    'back_pain=true,injects_drugs=false,recent_spine_procedure=false,leg_weakness_progressive=true'
                back pain and weak leg risk not known,    'back_pain=true,injects_drugs=?,recent_spine_procedure=?,leg_weakness_progressive=true'
                """)
        void noRiskFactorOrNoNeurology_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C12: "New back pain with a history of cancer -> consultation_24; with new leg weakness/numbness or
     * sphincter change -> emergency (S98) [judgment on levels]." (This group: the consultation_24 arm.)
     */
    @Nested
    class SpinalMalignancyBackPainCancer {
        static final String RULE = "spinal_malignancy_back_pain_cancer";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                back pain with a history of cancer,     'back_pain=true,cancer_history=true',                 CONSULTATION_24
                lower back spasm with suspected cancer, 'cramp_location=lower_back,suspected_cancer=true',    CONSULTATION_24
                mid-back pain with cancer history,      'cramp_location=mid_upper_back,cancer_history=true',  CONSULTATION_24
                """)
        void backPainWithCancerHistory_seesADoctorWithin24h(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                back pain without cancer,           'back_pain=true,cancer_history=false,suspected_cancer=false'
                back pain cancer not known,         'back_pain=true,cancer_history=?,suspected_cancer=?'
                cancer history without back pain,   'back_pain=false,cancer_history=true,cramp_location=calf'
                """)
        void noBackPainOrNoCancer_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C12: "New back pain with a history of cancer -> consultation_24; with new leg weakness/numbness or
     * sphincter change -> emergency (S98) [judgment on levels]." (This group: the emergency arm.)
     */
    @Nested
    class SpinalCordCompressionCancer {
        static final String RULE = "spinal_cord_compression_cancer";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                cancer back pain and weak leg,           'back_pain=true,cancer_history=true,leg_weakness_progressive=true',         EMERGENCY
                cancer back pain and numb limbs,         'back_pain=true,cancer_history=true,limb_numbness_tingling=true',           EMERGENCY
                cancer back pain and bladder change,     'back_pain=true,cancer_history=true,bladder_change=true',                    EMERGENCY
                suspected cancer mid-back and weakness,  'cramp_location=mid_upper_back,suspected_cancer=true,leg_weakness_progressive=true', EMERGENCY
                """)
        void cancerBackPainWithNewWeaknessNumbnessOrSphincterChange_isEmergency(String row, String evidence,
                                                                                TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                cancer back pain without neurology,        'back_pain=true,cancer_history=true,leg_weakness_progressive=false,limb_numbness_tingling=false,saddle_numbness=false,bladder_change=false,bowel_incontinence=false'
                cancer back pain neurology not known,      'back_pain=true,cancer_history=true,leg_weakness_progressive=?,limb_numbness_tingling=?'
                back pain and weak leg without cancer,     'back_pain=true,cancer_history=false,suspected_cancer=false,leg_weakness_progressive=true'
                """)
        void cancerBackPainWithoutNeurology_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C13: "Back pain after significant trauma, or minor trauma in an older person/long-term steroid
     * user/osteoporosis -> emergency (fracture) (S80, S129) [judgment on level]."
     */
    @Nested
    class VertebralFractureTraumaOrFragility {
        static final String RULE = "vertebral_fracture_trauma_or_fragility";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                back pain after an accident,                 'back_pain=true,trauma_or_steroids=true',                                              EMERGENCY
                back pain after a fall aged 75,              'back_pain=true,recent_injury_or_fall=true,age_years=75',                              EMERGENCY
                back pain after a bump on steroids,          'back_pain=true,recent_injury_or_fall=true,long_term_steroids_or_osteoporosis=true,age_years=45', EMERGENCY
                lower back spasm after a fall with osteoporosis,'cramp_location=lower_back,recent_injury_or_fall=true,long_term_steroids_or_osteoporosis=true', EMERGENCY
                """)
        void backPainAfterTraumaOrFragilityFall_isEmergency(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                back pain without trauma,             'back_pain=true,trauma_or_steroids=false,recent_injury_or_fall=false'
                back pain trauma not known,           'back_pain=true,trauma_or_steroids=?,recent_injury_or_fall=?'
                trauma without back pain,             'back_pain=false,trauma_or_steroids=true,cramp_location=calf'
                fall aged 75 without back pain,       'back_pain=false,recent_injury_or_fall=true,age_years=75,cramp_location=calf'
                """)
        void backPainWithoutTraumaOrTraumaWithoutBackPain_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Not a section C rule for the neck: C13 ("Back pain after significant trauma ... -> emergency (fracture)") and
     * brief A acute_neck_spasm_torticollis list trauma as an emergency red flag for acute wry neck; the YAML sets
     * emergency [judgment on level], the level tested here.
     */
    @Nested
    class NeckPainAfterTrauma {
        static final String RULE = "neck_pain_after_trauma";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                wry neck after a fall,            'neck_pain_tilted=true,recent_injury_or_fall=true',      EMERGENCY
                neck spasm after an accident,     'cramp_location=neck,trauma_or_steroids=true',           EMERGENCY
                """)
        void neckPainAfterFallOrAccident_isEmergency(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                wry neck without injury,           'neck_pain_tilted=true,recent_injury_or_fall=false,trauma_or_steroids=false'
                wry neck injury not known,         'neck_pain_tilted=true,recent_injury_or_fall=?,trauma_or_steroids=?'
                fall without neck pain,            'neck_pain_tilted=false,cramp_location=calf,recent_injury_or_fall=true'
                """)
        void neckPainWithoutInjury_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C14: "Progressive motor weakness in one leg (foot drop) without sphincter signs -> consultation_24 (S80)
     * [judgment]."
     */
    @Nested
    class ProgressiveLegWeakness {
        static final String RULE = "progressive_leg_weakness";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                foot drop without sphincter signs,   'leg_weakness_progressive=true,back_pain=true,saddle_numbness=false,bladder_change=false,bowel_incontinence=false,bilateral_buttock_leg_pain=false', CONSULTATION_24
                one leg giving way,                  'leg_weakness_progressive=true',                                                                  CONSULTATION_24
                """)
        void progressiveWeaknessOfOneLeg_seesADoctorWithin24h(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                legs not getting weaker,      'leg_weakness_progressive=false,back_pain=true'
                leg weakness not known,       'leg_weakness_progressive=?,back_pain=true'
                """)
        void noProgressiveLegWeakness_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C15: "Neck spasm with fever and neck stiffness/headache -> emergency (meningitis must be excluded)
     * [textbook; S86 lists meningitis among non-musculoskeletal causes]."
     */
    @Nested
    class MeningitisFeverNeckStiffness {
        static final String RULE = "meningitis_fever_neck_stiffness";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                fever neck stiffness and headache,          'fever_neck_stiffness_headache=true',                       EMERGENCY
                neck spasm with fever stiffness headache,   'fever_neck_stiffness_headache=true,cramp_location=neck',  EMERGENCY
                """)
        void neckSpasmWithFeverAndHeadache_isEmergency(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                neck spasm without fever or headache,   'fever_neck_stiffness_headache=false,cramp_location=neck'
                fever and headache not known,           'fever_neck_stiffness_headache=?,cramp_location=neck'
                """)
        void neckSpasmWithoutFeverAndHeadache_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    // ================================================================================== Electrolytes / endocrine (C16-C18)

    /*
     * Brief C16: "Carpopedal spasm/tetany, especially after thyroid/parathyroid/neck surgery -> emergency; with
     * stridor, breathing difficulty or seizure -> emergency_ambulance (S32, S33, S34)." (Table B trousseau_positive:
     * "-> emergency if positive".) This group: the emergency arm.
     */
    @Nested
    class TetanyCarpopedalSpasm {
        static final String RULE = "tetany_carpopedal_spasm";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                carpopedal spasm,                          'hand_spasm_carpopedal=true',                                EMERGENCY
                carpopedal spasm after thyroid surgery,    'hand_spasm_carpopedal=true,neck_surgery_recent=true',       EMERGENCY
                positive Trousseau sign (clinician),       'trousseau_positive=true',                                   EMERGENCY
                """)
        void carpopedalSpasmOrTetany_isEmergency(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                no carpopedal spasm,                    'hand_spasm_carpopedal=false,trousseau_positive=false,cramp_location=hand_arm'
                carpopedal spasm not known,             'hand_spasm_carpopedal=?,cramp_location=hand_arm'
                tingling fingers without surgery,       'tingling_lips_fingers=true,hand_spasm_carpopedal=false'
                """)
        void noTetany_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C16: "Carpopedal spasm/tetany, especially after thyroid/parathyroid/neck surgery -> emergency; with
     * stridor, breathing difficulty or seizure -> emergency_ambulance (S32, S33, S34)." This group: the ambulance arm.
     */
    @Nested
    class TetanyAirwayOrSeizure {
        static final String RULE = "tetany_airway_or_seizure";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                tetany with breathing difficulty,                'hand_spasm_carpopedal=true,breathing_swallowing_difficulty=true',   EMERGENCY_AMBULANCE
                tetany with a seizure,                           'hand_spasm_carpopedal=true,fainted_or_seizure=true',                EMERGENCY_AMBULANCE
                tingling after neck surgery with a seizure,      'tingling_lips_fingers=true,neck_surgery_recent=true,fainted_or_seizure=true', EMERGENCY_AMBULANCE
                Trousseau positive with stridor,                 'trousseau_positive=true,breathing_swallowing_difficulty=true',      EMERGENCY_AMBULANCE
                """)
        void tetanyWithStridorOrSeizure_callsAnAmbulance(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                tetany breathing and seizure denied,         'hand_spasm_carpopedal=true,breathing_swallowing_difficulty=false,fainted_or_seizure=false'
                tetany breathing and seizure not known,      'hand_spasm_carpopedal=true,breathing_swallowing_difficulty=?,fainted_or_seizure=?'
                tingling and seizure without surgery,        'tingling_lips_fingers=true,neck_surgery_recent=false,hypoparathyroidism_known=false,hand_spasm_carpopedal=false,fainted_or_seizure=true'
                """)
        void tetanyWithoutAirwayOrSeizure_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Section C16 covers tetany; table B tingling_lips_fingers: "after neck surgery -> consultation_24"
     * (post-thyroidectomy hypocalcaemia, S33, S37).
     */
    @Nested
    class HypocalcemiaParesthesiaAfterNeckSurgery {
        static final String RULE = "hypocalcemia_paresthesia_after_neck_surgery";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                tingling after recent thyroid surgery,   'tingling_lips_fingers=true,neck_surgery_recent=true',       CONSULTATION_24
                tingling after neck surgery in the past, 'tingling_lips_fingers=true,neck_surgery_ever=true',         CONSULTATION_24
                tingling with known hypoparathyroidism,  'tingling_lips_fingers=true,hypoparathyroidism_known=true',  CONSULTATION_24
                """)
        void tinglingAfterNeckSurgery_seesADoctorWithin24h(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                tingling without surgery or hypoparathyroidism,  'tingling_lips_fingers=true,neck_surgery_recent=false,neck_surgery_ever=false,hypoparathyroidism_known=false'
                surgery without tingling,                        'tingling_lips_fingers=false,neck_surgery_recent=true'
                tingling not known after surgery,                'tingling_lips_fingers=?,neck_surgery_recent=true'
                """)
        void noTinglingOrNoSurgery_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C17: "Cramps with muscle weakness/paralysis or palpitations in someone on diuretics, with
     * vomiting/diarrhoea, heavy alcohol use or long-term PPI -> emergency (possible severe
     * hypokalemia/hypomagnesemia) (S39, S28) [judgment on level]."
     */
    @Nested
    class SevereElectrolyteWeaknessOrPalpitations {
        static final String RULE = "severe_electrolyte_weakness_or_palpitations";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                weakness on a diuretic,                'muscle_weakness_general=true,med_diuretic=true',   EMERGENCY
                palpitations with vomiting,            'palpitations=true,vomiting_diarrhoea=true',        EMERGENCY
                paralysis attacks with heavy alcohol,  'weakness_attacks=true,alcohol_heavy=true',         EMERGENCY
                palpitations on long-term PPI,         'palpitations=true,med_ppi=true',                   EMERGENCY
                """)
        void weaknessOrPalpitationsWithPotassiumLoss_isEmergency(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                diuretic without weakness or palpitations,   'med_diuretic=true,muscle_weakness_general=false,weakness_attacks=false,palpitations=false'
                diuretic weakness not known,                 'med_diuretic=true,muscle_weakness_general=?,weakness_attacks=?,palpitations=?'
                weakness without a potassium-loss risk,      'muscle_weakness_general=true,med_diuretic=false,vomiting_diarrhoea=false,alcohol_heavy=false,med_ppi=false'
                weakness with risks not known,               'muscle_weakness_general=true,med_diuretic=?,vomiting_diarrhoea=?'
                """)
        void noWeaknessOrNoPotassiumLossRisk_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Table B palpitations: "with weakness -> emergency" (hypo-K/Mg/Ca arrhythmia, S39, S28); section C17 names the
     * same combination with a potassium-loss risk -> emergency.
     */
    @Nested
    class PalpitationsWithWeakness {
        static final String RULE = "palpitations_with_weakness";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                palpitations with weak muscles,            'palpitations=true,muscle_weakness_general=true',   EMERGENCY
                palpitations with attacks of weakness,     'palpitations=true,weakness_attacks=true',          EMERGENCY
                """)
        void palpitationsWithWeakness_isEmergency(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                palpitations without weakness,          'palpitations=true,muscle_weakness_general=false,weakness_attacks=false'
                weakness without palpitations,          'palpitations=false,muscle_weakness_general=true'
                palpitations weakness not known,        'palpitations=true,muscle_weakness_general=?,weakness_attacks=?'
                """)
        void palpitationsOrWeaknessAlone_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C18: "Cramps with K-wasting diuretic, PPI or alcohol risk but no weakness/palpitations -> consultation_24
     * for blood tests [judgment]."
     */
    @Nested
    class ElectrolyteRiskBloodTests {
        static final String RULE = "electrolyte_risk_blood_tests";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                night cramps on a diuretic,             'cramps_at_rest_night=true,med_diuretic=true,muscle_weakness_general=false,palpitations=false', CONSULTATION_24
                hard-knot cramps on long-term PPI,      'cramp_hard_knot=true,med_ppi=true',                        CONSULTATION_24
                cramps waking you with heavy alcohol,   'cramps_wake_you=true,alcohol_heavy=true',                  CONSULTATION_24
                exercise cramps with diarrhoea,         'cramps_with_exercise=true,vomiting_diarrhoea=true',        CONSULTATION_24
                """)
        void crampsWithPotassiumLossRisk_seesADoctorWithin24h(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                night cramps without a risk,       'cramps_at_rest_night=true,med_diuretic=false,med_ppi=false,alcohol_heavy=false,vomiting_diarrhoea=false'
                night cramps risks not known,      'cramps_at_rest_night=true,med_diuretic=?,med_ppi=?,alcohol_heavy=?,vomiting_diarrhoea=?'
                diuretic but no true cramps,       'med_diuretic=true,cramp_hard_knot=false,cramps_at_rest_night=false,cramps_wake_you=false,cramps_with_exercise=false'
                diuretic cramp type not known,     'med_diuretic=true,cramp_hard_knot=?,cramps_at_rest_night=?'
                """)
        void noCrampsOrNoRisk_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    // ================================================================================== Chest, airway (C19; table B)

    /*
     * Brief C19: "Chest pain or pressure (even if the user calls it "spasm") -> emergency_ambulance until a cardiac
     * cause is excluded; oesophageal spasm is only considered after that (S127)."
     */
    @Nested
    class ChestPain {
        static final String RULE = "chest_pain";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                chest pain,                              'chest_pain=true',                                                EMERGENCY_AMBULANCE
                chest spasm with pain,                   'chest_pain=true,cramp_location=chest',                           EMERGENCY_AMBULANCE
                chest pain with food sticking,           'chest_pain=true,dysphagia_chest_pain=true,cramp_location=chest', EMERGENCY_AMBULANCE
                """)
        void chestPainEvenIfCalledSpasm_callsAnAmbulance(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                no chest pain,             'chest_pain=false,cramp_location=calf'
                chest pain not known,      'chest_pain=?,cramp_location=calf'
                """)
        void noChestPain_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Table B sudden_breathless: "RF -> emergency_ambulance" (PE/ACS [textbook]); section C8: "sudden breathlessness
     * or coughing blood -> emergency_ambulance [textbook]".
     */
    @Nested
    class SuddenBreathlessness {
        static final String RULE = "sudden_breathlessness";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                sudden breathlessness,                   'sudden_breathless=true',                              EMERGENCY_AMBULANCE
                coughing blood with calf cramp,          'sudden_breathless=true,cramp_location=calf',          EMERGENCY_AMBULANCE
                """)
        void suddenBreathlessnessOrCoughingBlood_callsAnAmbulance(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                not breathless,              'sudden_breathless=false'
                breathlessness not known,    'sudden_breathless=?,calf_swelling_one_side=true'
                """)
        void noSuddenBreathlessness_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Table B breathing_swallowing_difficulty: "RF -> emergency_ambulance if acute" (tetanus, laryngospasm,
     * hypocalcaemia); section C16: "with stridor, breathing difficulty or seizure -> emergency_ambulance".
     */
    @Nested
    class AcuteAirwayOrSwallowingDifficulty {
        static final String RULE = "acute_airway_or_swallowing_difficulty";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                trouble breathing now,                     'breathing_swallowing_difficulty=true',                             EMERGENCY_AMBULANCE
                trouble swallowing in a 1-week problem,    'breathing_swallowing_difficulty=true,problem_duration_weeks=1',    EMERGENCY_AMBULANCE
                noisy throat in a 3.5-week problem,          'breathing_swallowing_difficulty=true,problem_duration_weeks=3.5',  EMERGENCY_AMBULANCE
                """)
        void acuteTroubleBreathingOrSwallowing_callsAnAmbulance(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                breathing and swallowing fine,              'breathing_swallowing_difficulty=false'
                breathing difficulty not known,             'breathing_swallowing_difficulty=?,jaw_lock=false'
                trouble swallowing in a 8-week problem,     'breathing_swallowing_difficulty=true,problem_duration_weeks=8'
                """)
        void noAcuteAirwayProblem_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C20: "... breathing difficulty -> emergency (S101) [judgment on levels]" (long-standing neuromuscular
     * disease; acute airway trouble is the ambulance rule above).
     */
    @Nested
    class BreathingSwallowingDifficulty {
        static final String RULE = "breathing_swallowing_difficulty";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                breathing difficulty in a long-standing problem,  'breathing_swallowing_difficulty=true,problem_duration_weeks=8,wasting_twitching_weakness=true', EMERGENCY
                trouble swallowing after a year of weakness,       'breathing_swallowing_difficulty=true,problem_duration_weeks=52',   EMERGENCY
                trouble breathing duration not known,              'breathing_swallowing_difficulty=true',                              EMERGENCY
                """)
        void troubleBreathingOrSwallowing_isAtLeastEmergency(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                breathing fine in ALS-like weakness,   'breathing_swallowing_difficulty=false,wasting_twitching_weakness=true'
                breathing not known,                   'breathing_swallowing_difficulty=?,speech_swallow_change=true'
                """)
        void noBreathingDifficulty_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    // ================================================================================== Neurology (C20-C22)

    /*
     * Brief C20: "Progressive painless weakness with wasting (+/- fasciculations, cramps), or progressive
     * speech/swallowing change -> consultation with urgent neurology referral; breathing difficulty -> emergency
     * (S101) [judgment on levels]."
     */
    @Nested
    class ProgressiveWeaknessWastingBulbar {
        static final String RULE = "progressive_weakness_wasting_bulbar";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                wasting weakness with twitching,       'wasting_twitching_weakness=true',       CONSULTATION
                speech slurring over months,           'speech_swallow_change=true',            CONSULTATION
                """)
        void progressiveWastingOrBulbarChange_booksUrgentNeurologyReferral(String row, String evidence,
                                                                           TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                no wasting or speech change,          'wasting_twitching_weakness=false,speech_swallow_change=false,muscle_twitching=true'
                wasting and speech not known,         'wasting_twitching_weakness=?,speech_swallow_change=?'
                """)
        void noWastingOrBulbarChange_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C21: "New double vision, painful monocular visual loss, or ascending numbness/weakness over days
     * -> consultation_24 (S108) [judgment]."
     */
    @Nested
    class NewFocalNeurologicalSymptomsMs {
        static final String RULE = "new_focal_neurological_symptoms_ms";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                new double vision,                        'vision_double_or_loss=true',              CONSULTATION_24
                Lhermitte or ascending numbness,          'lhermitte_or_ascending_numbness=true',    CONSULTATION_24
                """)
        void newDoubleVisionOrAscendingNumbness_seesADoctorWithin24h(String row, String evidence,
                                                                     TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                no visual or sensory symptoms,   'vision_double_or_loss=false,lhermitte_or_ascending_numbness=false,muscle_stiffness=true'
                both not known,                  'vision_double_or_loss=?,lhermitte_or_ascending_numbness=?'
                """)
        void noNewFocalSymptoms_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C22: "Twisting neck/eyes/tongue within days of starting an antiemetic or antipsychotic -> emergency
     * [textbook]."
     */
    @Nested
    class AcuteDrugInducedDystonia {
        static final String RULE = "acute_drug_induced_dystonia";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                twisting posture after metoclopramide,    'new_antipsychotic_antiemetic=true,twisting_posture=true',   EMERGENCY
                neck pulled to one side on new drug,      'new_antipsychotic_antiemetic=true,neck_pain_tilted=true',   EMERGENCY
                eyes forced shut on new antipsychotic,    'new_antipsychotic_antiemetic=true,eyes_forced_shut=true',   EMERGENCY
                jaw locked on new antiemetic,             'new_antipsychotic_antiemetic=true,jaw_lock=true',           EMERGENCY
                """)
        void twistingSpasmDaysAfterNewAntiemeticOrAntipsychotic_isEmergency(String row, String evidence,
                                                                            TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                twisting posture without a new drug,     'new_antipsychotic_antiemetic=false,twisting_posture=true'
                twisting posture drug not known,         'new_antipsychotic_antiemetic=?,twisting_posture=true'
                new drug without any twisting,           'new_antipsychotic_antiemetic=true,twisting_posture=false,neck_pain_tilted=false,jaw_lock=false,eyes_forced_shut=false'
                new drug twisting not known,             'new_antipsychotic_antiemetic=true,twisting_posture=?'
                """)
        void noNewDrugOrNoTwisting_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    // ================================================================================== Medication safety (C23)

    /*
     * Brief C23: "Taking quinine (tablets or large amounts of tonic water) with bruising, bleeding, blood in
     * urine/stool, purple spots -> emergency (thrombocytopenia, HUS/TTP) (S5, S132)."
     */
    @Nested
    class QuinineBleedingOrHus {
        static final String RULE = "quinine_bleeding_or_hus";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                quinine with bruising,                  'self_quinine_tonic=true,bruising_bleeding=true',     EMERGENCY
                tonic water with red-brown urine,       'self_quinine_tonic=true,dark_urine=true',            EMERGENCY
                quinine with little urine,              'self_quinine_tonic=true,reduced_urine_output=true',  EMERGENCY
                """)
        void quinineWithBleedingOrBruising_isEmergency(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                bruising without quinine,             'self_quinine_tonic=false,bruising_bleeding=true'
                bruising quinine not known,           'self_quinine_tonic=?,bruising_bleeding=true'
                quinine without bleeding signs,       'self_quinine_tonic=true,bruising_bleeding=false,dark_urine=false,reduced_urine_output=false'
                quinine bleeding not known,           'self_quinine_tonic=true,bruising_bleeding=?'
                """)
        void noQuinineOrNoBleeding_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    // ================================================================================== Escalation of self-care (C27)

    /*
     * Brief C27: "Escalate self_care to consultation when cramps are frequent/disabling, persist despite self-care,
     * occur at atypical sites (thigh, trunk, arms) or come with any abnormal finding (S7, S130) [judgment on
     * thresholds]." This group: frequent (YAML threshold 7 a week [judgment]).
     */
    @Nested
    class FrequentCramps {
        static final String RULE = "frequent_cramps";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                cramps every night,           'cramps_per_week=7',    CONSULTATION
                cramps twice a night,         'cramps_per_week=14',   CONSULTATION
                """)
        void nightlyCramps_bookARoutineAppointment(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                six cramps a week,          'cramps_per_week=6'
                three cramps a week,        'cramps_per_week=3'
                number not known,           'cramps_per_week=?,cramps_at_rest_night=true'
                """)
        void fewerThanNightlyCramps_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C27: "Escalate self_care to consultation when cramps ... persist despite self-care ..." This group:
     * getting worse over weeks.
     */
    @Nested
    class WorseningOrPersistingDespiteSelfCare {
        static final String RULE = "worsening_or_persisting_despite_self_care";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                cramps getting worse over weeks,   'symptoms_worsening=true',                              CONSULTATION
                walking distance shrinking,        'symptoms_worsening=true,walk_pain_stops_standing=true', CONSULTATION
                """)
        void crampsGettingWorse_bookARoutineAppointment(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                cramps stable,               'symptoms_worsening=false,cramps_at_rest_night=true'
                course not known,            'symptoms_worsening=?,cramps_at_rest_night=true'
                """)
        void crampsNotWorsening_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C27: "Escalate self_care to consultation when cramps ... occur at atypical sites (thigh, trunk, arms)
     * ..." with C25: "Cramps during/after exercise, resolve with stretching, no systemic signs -> EAMC, self_care"
     * (so thigh cramps during exercise are not escalated; thigh cramps at rest/night are).
     */
    @Nested
    class AtypicalCrampSite {
        static final String RULE = "atypical_cramp_site";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                cramps in the hands or arms,         'cramp_location=hand_arm',                                  CONSULTATION
                cramps in the trunk,                 'cramp_location=abdomen_trunk',                             CONSULTATION
                cramps all over the body,            'cramp_location=whole_body',                                CONSULTATION
                front thigh cramps at night,         'cramp_location=front_thigh,cramps_at_rest_night=true',     CONSULTATION
                back thigh cramps waking you,        'cramp_location=back_thigh|calf,cramps_wake_you=true',      CONSULTATION
                """)
        void crampsAtAtypicalSites_bookARoutineAppointment(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                calf cramps,                                  'cramp_location=calf,cramps_at_rest_night=true'
                calf and foot cramps,                         'cramp_location=calf|foot'
                thigh cramps during exercise only,            'cramp_location=front_thigh,cramps_at_rest_night=false,cramps_wake_you=false,cramps_with_exercise=true'
                thigh cramps rest and night not known,        'cramp_location=back_thigh,cramps_at_rest_night=?,cramps_wake_you=?'
                location not known,                           'cramp_location=?'
                """)
        void crampsAtTypicalSites_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C26: "Acute low back or neck pain/spasm after strain with no red flags -> self_care; review if not
     * improving (S80, S81)" and C27: "... persist despite self-care ..." (YAML: 4 weeks [judgment]).
     */
    @Nested
    class PersistentBackSpasm {
        static final String RULE = "persistent_back_spasm";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                back pain for 4 weeks,             'back_pain=true,problem_duration_weeks=4',          CONSULTATION
                lower back spasm for 10 weeks,     'cramp_location=lower_back,problem_duration_weeks=10', CONSULTATION
                """)
        void backPainNotSettledAfterFourWeeks_bookARoutineAppointment(String row, String evidence,
                                                                      TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                back pain for 3 weeks,                'back_pain=true,problem_duration_weeks=3'
                back pain duration not known,         'back_pain=true,problem_duration_weeks=?'
                long-standing calf cramps no back,    'back_pain=false,cramp_location=calf,problem_duration_weeks=8'
                """)
        void recentBackPainOrNoBackPain_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C26: "Acute low back or neck pain/spasm after strain with no red flags -> self_care; review if not
     * improving (S80, S81)" and C27: "... persist despite self-care ..." (YAML: 2 weeks for wry neck [judgment]).
     */
    @Nested
    class PersistentNeckSpasm {
        static final String RULE = "persistent_neck_spasm";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                wry neck for 2 weeks,          'neck_pain_tilted=true,problem_duration_weeks=2',     CONSULTATION
                neck spasm for 6 weeks,        'cramp_location=neck,problem_duration_weeks=6',       CONSULTATION
                """)
        void neckSpasmPersistingTwoWeeks_bookARoutineAppointment(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                wry neck for 1 week,              'neck_pain_tilted=true,problem_duration_weeks=1'
                wry neck duration not known,      'neck_pain_tilted=true,problem_duration_weeks=?'
                no neck pain for 6 weeks,         'neck_pain_tilted=false,cramp_location=calf,problem_duration_weeks=6'
                """)
        void recentWryNeck_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C27: "Escalate self_care to consultation when cramps ... come with any abnormal finding (S7, S130)
     * [judgment on thresholds]." This group: generalized weakness.
     */
    @Nested
    class CrampsWithGeneralWeakness {
        static final String RULE = "cramps_with_general_weakness";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                cramps with weak muscles,            'muscle_weakness_general=true',                     CONSULTATION
                cramps with weakness on a statin,    'muscle_weakness_general=true,med_statin=true',     CONSULTATION
                """)
        void crampsWithGeneralWeakness_bookARoutineAppointment(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                no weakness,              'muscle_weakness_general=false,med_statin=true'
                weakness not known,       'muscle_weakness_general=?'
                """)
        void noGeneralWeakness_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief B (trauma_or_steroids): "fracture: older age, prolonged corticosteroids, severe trauma, contusion raise
     * likelihood (S129)"; C13 sends fracture suspicion onwards. This group: new back pain at 70 or older.
     */
    @Nested
    class NewBackPainOlderPerson {
        static final String RULE = "new_back_pain_older_person";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                sudden low back pain at 80,        'age_years=80,back_pain=true',                                  CONSULTATION_24
                mid-back pain at 72 for a week,    'age_years=72,cramp_location=mid_upper_back,problem_duration_weeks=1', CONSULTATION_24
                """)
        void newBackPainAtSeventyOrOlder_seeADoctorWithin24Hours(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                back pain at 60,                   'age_years=60,back_pain=true'
                back pain for years at 75,         'age_years=75,back_pain=true,problem_duration_weeks=200'
                age not known,                     'age_years=?,back_pain=true'
                """)
        void youngerOrLongStanding_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    /*
     * Brief C27: "Escalate self_care to consultation when cramps ... come with any abnormal finding (S7, S130)";
     * a cramp is sudden, painful and resolves with stretching, unlike a dystonic posture (S111).
     * This group: signs ordinary cramps do not produce.
     */
    @Nested
    class AbnormalNeurologicalFinding {
        static final String RULE = "abnormal_neurological_finding";

        @ParameterizedTest(name = "{0}: [{1}] -> {2}")
        @CsvSource(textBlock = """
                foot twisting that cannot be stopped,  'cramp_location=foot,twisting_posture=true',         CONSULTATION
                rest tremor and slowness,              'cramp_location=calf,tremor_slowness=true',          CONSULTATION
                wasting and twitching,                 'cramp_location=hand_arm,wasting_twitching_weakness=true', CONSULTATION
                one side of the face twitching,        'cramp_location=face_eyelid,face_twitch_one_side=true', CONSULTATION
                """)
        void signOrdinaryCrampsDoNotProduce_bookARoutineAppointment(String row, String evidence, TriageLevel expected) {
            assertFires(RULE, evidence, expected);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                plain calf cramps,             'cramp_location=calf,cramp_hard_knot=true,twisting_posture=false'
                posture not known,             'cramp_location=foot,twisting_posture=?'
                """)
        void noAbnormalSign_doesNotFire(String row, String evidence) {
            assertDoesNotFire(RULE, evidence);
        }
    }

    // ================================================================================== Emergency stop

    /** One firing row for every emergency-level rule (emergency or emergency_ambulance). */
    static final Map<String, String> EMERGENCY_EXAMPLES = emergencyExamples();

    private static Map<String, String> emergencyExamples() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("tetanus_generalized_spasms", "generalized_spasms=true");
        m.put("tetanus_trismus_high_risk", "jaw_lock=true,recent_wound=true");
        m.put("tetanus_trismus", "jaw_lock=true");
        m.put("heat_stroke_cns_dysfunction", "confused_in_heat=true");
        m.put("hyperthermia_40_in_heat", "temperature_c=40.5,heat_sweating=true");
        m.put("heat_exhaustion_not_coping", "heat_sweating=true,dehydration_signs=true,vomiting_diarrhoea=true");
        m.put("rhabdomyolysis_dark_urine", "dark_urine=true,med_statin=true");
        m.put("statin_severe_myopathy", "med_statin=true,muscle_weakness_general=true");
        m.put("muscle_pain_with_falling_urine", "reduced_urine_output=true,muscle_aches=true");
        m.put("severe_muscle_pain_progressing", "severe_pain_weakness_after_exertion=true,pain_worsening_hours=true");
        m.put("acute_limb_ischemia", "cold_pale_leg_sudden=true");
        m.put("acute_compartment_syndrome", "pain_out_of_proportion=true");
        m.put("dvt_unilateral_swelling", "calf_swelling_one_side=true");
        m.put("dvt_tender_calf", "calf_red_warm_tender=true");
        m.put("dvt_with_pe_symptoms", "calf_swelling_one_side=true,sudden_breathless=true");
        m.put("cauda_equina_syndrome", "back_pain=true,saddle_numbness=true");
        m.put("spinal_infection_fever", "fever_with_spine_pain=true");
        m.put("spinal_infection_risk_with_neuro_deficit", "back_pain=true,injects_drugs=true,leg_weakness_progressive=true");
        m.put("spinal_cord_compression_cancer", "back_pain=true,cancer_history=true,leg_weakness_progressive=true");
        m.put("vertebral_fracture_trauma_or_fragility", "back_pain=true,trauma_or_steroids=true");
        m.put("neck_pain_after_trauma", "neck_pain_tilted=true,recent_injury_or_fall=true");
        m.put("meningitis_fever_neck_stiffness", "fever_neck_stiffness_headache=true");
        m.put("tetany_carpopedal_spasm", "hand_spasm_carpopedal=true");
        m.put("tetany_airway_or_seizure", "hand_spasm_carpopedal=true,fainted_or_seizure=true");
        m.put("severe_electrolyte_weakness_or_palpitations", "muscle_weakness_general=true,med_diuretic=true");
        m.put("palpitations_with_weakness", "palpitations=true,muscle_weakness_general=true");
        m.put("chest_pain", "chest_pain=true");
        m.put("sudden_breathlessness", "sudden_breathless=true");
        m.put("acute_airway_or_swallowing_difficulty", "breathing_swallowing_difficulty=true");
        m.put("breathing_swallowing_difficulty", "breathing_swallowing_difficulty=true,problem_duration_weeks=8");
        m.put("acute_drug_induced_dystonia", "new_antipsychotic_antiemetic=true,twisting_posture=true");
        m.put("quinine_bleeding_or_hus", "self_quinine_tonic=true,bruising_bleeding=true");
        return m;
    }

    static Stream<Arguments> emergencyRules() {
        return KB.rules().stream().filter(r -> r.level().isEmergency())
                .map(r -> Arguments.of(r.id(), EMERGENCY_EXAMPLES.getOrDefault(r.id(), "")));
    }

    /*
     * docs/ENGINE.md "Stopping rule" and brief C conventions: an emergency-level red flag ends the interview at once
     * ("act on it now"): no more questions are asked.
     */
    @Nested
    class EmergencyStop {

        @Test
        void everyEmergencyLevelRule_hasAnExampleRow() {
            assertThat(EMERGENCY_EXAMPLES.keySet()).containsAll(
                    KB.rules().stream().filter(r -> r.level().isEmergency()).map(RedFlagRule::id).toList());
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @MethodSource("org.spasmcheck.knowledge.RedFlagRulesTest#emergencyRules")
        void emergencyRuleFired_stopsTheInterviewWithNoNextQuestion(String ruleId, String row) {
            Assessment a = assess(row);
            assertThat(firedIds(a)).as("example row for %s must fire it; fired %s", ruleId, fired(a))
                    .contains(ruleId);
            assertThat(a.triage().emergencyRuleFired()).isTrue();
            assertThat(a.triage().level().isEmergency()).as("triage for [%s]", row).isTrue();
            assertThat(a.stopReason()).as("stop reason for [%s]", row).isEqualTo(StopReason.EMERGENCY);
            assertThat(a.nextQuestion()).as("next question for [%s]", row).isEmpty();
            assertThat(a.finished()).isTrue();
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource(textBlock = """
                frequent_cramps,                       'cramps_per_week=10'
                tetanus_prone_wound_unprotected,       'recent_wound=true,tetanus_vaccine=over_10_years,jaw_lock=false,generalized_spasms=false'
                new_focal_neurological_symptoms_ms,    'vision_double_or_loss=true'
                """)
        void onlyNonEmergencyRuleFired_doesNotStopForEmergency(String ruleId, String row) {
            Assessment a = assess(row);
            assertThat(firedIds(a)).as("fired %s", fired(a)).contains(ruleId);
            assertThat(a.triage().emergencyRuleFired()).as("fired %s", fired(a)).isFalse();
            assertThat(a.stopReason()).isNotEqualTo(StopReason.EMERGENCY);
        }
    }
}
