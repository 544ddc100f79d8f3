--------------------------- MODULE MissionariesTwin ---------------------------
(* Twin of examples/missionaries.ari, written for Ariadne's cross-check: the        *)
(* missionaries and cannibals of tlaplus/Examples (specifications/                 *)
(* MissionariesAndCannibals, by Leslie Lamport). A step takes a set of one or two  *)
(* people from the boat's bank to the other; no bank may leave its missionaries    *)
(* outnumbered by cannibals.                                                       *)
EXTENDS Integers, FiniteSets

CONSTANTS Missionaries, Cannibals

VARIABLES boat, banks

People == Missionaries \cup Cannibals
Other(b) == IF b = "E" THEN "W" ELSE "E"
Safe(P) == P \subseteq Cannibals \/ Cardinality(P \cap Cannibals) <= Cardinality(P \cap Missionaries)

Init == boat = "E" /\ banks = [b \in {"E", "W"} |-> IF b = "E" THEN People ELSE {}]

Cross(S) == /\ Cardinality(S) \in {1, 2}
            /\ Safe(banks[boat] \ S)
            /\ Safe(banks[Other(boat)] \cup S)
            /\ boat' = Other(boat)
            /\ banks' = [b \in {"E", "W"} |-> IF b = boat THEN banks[boat] \ S ELSE banks[Other(boat)] \cup S]

Next == \E S \in SUBSET banks[boat] : Cross(S)

TypeOK == boat \in {"E", "W"} /\ banks \in [{"E", "W"} -> SUBSET People]
CanMove == ENABLED Next
Solution == banks["E"] # {}
=============================================================================
