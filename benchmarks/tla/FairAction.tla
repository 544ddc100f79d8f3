----------------------------- MODULE FairAction -----------------------------
(* TLA+ twin of examples/liveness/fair_action.ari and fair_action_whole.ari.
   Correspondence: the global list light <-> the function [p \in {0,1} |-> ...].
   Both models have the same steps, Flip(p) for p \in {0, 1}; they differ in
   fairness only:
     SpecEach  -- fair action Flip(p in range(2)): \A p : WF_vars(Flip(p));
     SpecWhole -- fair action Flip: p = oneof(range(2)) ...:
                  WF_vars(\E p : Flip(p)), fairness of the action as a whole. *)
EXTENDS Naturals

Lights == {0, 1}
VARIABLE light
vars == <<light>>

Init == light = [p \in Lights |-> 0]
Flip(p) == light' = [light EXCEPT ![p] = 1 - light[p]]
Next == \E p \in Lights : Flip(p)

SpecEach == Init /\ [][Next]_vars /\ \A p \in Lights : WF_vars(Flip(p))
SpecWhole == Init /\ [][Next]_vars /\ WF_vars(Next)

On0 == []<>(light[0] = 1)
On1 == []<>(light[1] = 1)
=============================================================================
