------------------------------ MODULE Peterson ------------------------------
(* TLA+ twin of examples/peterson.ari.
   Correspondence: globals flag (the list [f0, f1] <-> the function
   [p \in {0,1} |-> ...]) and turn; one process instance per self \in {0, 1}
   with its position pc[self].  The processes have no `var`s.
   Each label is one action (PlusCal semantics):
     NonCritical -- the labelled `while True`: entering the body reaches the
                    label SetFlag;
     Exit        -- the end of the loop body: the back edge returns to the
                    loop's label NonCritical.
   The processes never finish, so there is no Terminating disjunct. *)
EXTENDS Naturals

CONSTANT BROKEN
Procs == {0, 1}

VARIABLES flag, turn, pc
vars == <<flag, turn, pc>>

Init == /\ flag = [p \in Procs |-> FALSE]
        /\ turn = 0
        /\ pc = [p \in Procs |-> "NonCritical"]

Goto(p, l) == pc' = [pc EXCEPT ![p] = l]

NonCritical(p) == pc[p] = "NonCritical" /\ Goto(p, "SetFlag") /\ UNCHANGED <<flag, turn>>

SetFlag(p) == /\ pc[p] = "SetFlag"
              /\ IF BROKEN THEN turn' = 1 - p /\ UNCHANGED flag
                           ELSE flag' = [flag EXCEPT ![p] = TRUE] /\ UNCHANGED turn
              /\ Goto(p, "SetTurn")

SetTurn(p) == /\ pc[p] = "SetTurn"
              /\ IF BROKEN THEN flag' = [flag EXCEPT ![p] = TRUE] /\ UNCHANGED turn
                           ELSE turn' = 1 - p /\ UNCHANGED flag
              /\ Goto(p, "Wait")

Wait(p) == /\ pc[p] = "Wait"
           /\ (~flag[1 - p] \/ turn = p)
           /\ Goto(p, "Critical")
           /\ UNCHANGED <<flag, turn>>

Critical(p) == pc[p] = "Critical" /\ Goto(p, "Exit") /\ UNCHANGED <<flag, turn>>

Exit(p) == /\ pc[p] = "Exit"
           /\ flag' = [flag EXCEPT ![p] = FALSE]
           /\ Goto(p, "NonCritical")
           /\ UNCHANGED turn

Next == \E p \in Procs : NonCritical(p) \/ SetFlag(p) \/ SetTurn(p)
                         \/ Wait(p) \/ Critical(p) \/ Exit(p)
Spec == Init /\ [][Next]_vars

MutualExclusion == ~(pc[0] = "Critical" /\ pc[1] = "Critical")
=============================================================================
