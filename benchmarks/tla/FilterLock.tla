----------------------------- MODULE FilterLock -----------------------------
(* TLA+ twin of examples/filter_lock.ari.
   Correspondence: the lists level and victim <-> functions 0..N-1 -> Nat;
   process P(self in range(N)) -> pc[p]; no process vars.  Each label is one
   action (PlusCal semantics):
     NonCritical -- labelled `while True`: entering its body reaches Climb;
     Climb       -- labelled inner `while`: if the test holds, run the first
                    statement of the body up to the label SetVictim, otherwise
                    leave the loop and reach the label Critical;
     Wait        -- the end of the inner body: back edge to Climb;
     Exit        -- the end of the outer body: back edge to NonCritical.
   The processes never finish: no Terminating disjunct. *)
EXTENDS Naturals, FiniteSets

CONSTANT N
Procs == 0..(N - 1)

VARIABLES level, victim, pc
vars == <<level, victim, pc>>

Init == /\ level = [p \in Procs |-> 0]
        /\ victim = [l \in 0..(N - 1) |-> 0]
        /\ pc = [p \in Procs |-> "NonCritical"]

Goto(p, l) == pc' = [pc EXCEPT ![p] = l]

NonCritical(p) == pc[p] = "NonCritical" /\ Goto(p, "Climb") /\ UNCHANGED <<level, victim>>

Climb(p) == /\ pc[p] = "Climb"
            /\ IF level[p] < N - 1
                 THEN level' = [level EXCEPT ![p] = @ + 1] /\ Goto(p, "SetVictim")
                 ELSE UNCHANGED level /\ Goto(p, "Critical")
            /\ UNCHANGED victim

SetVictim(p) == /\ pc[p] = "SetVictim"
                /\ victim' = [victim EXCEPT ![level[p]] = p]
                /\ Goto(p, "Wait")
                /\ UNCHANGED level

Wait(p) == /\ pc[p] = "Wait"
           /\ \/ \A k \in Procs \ {p} : level[k] < level[p]
              \/ victim[level[p]] # p
           /\ Goto(p, "Climb")
           /\ UNCHANGED <<level, victim>>

Critical(p) == pc[p] = "Critical" /\ Goto(p, "Exit") /\ UNCHANGED <<level, victim>>

Exit(p) == /\ pc[p] = "Exit"
           /\ level' = [level EXCEPT ![p] = 0]
           /\ Goto(p, "NonCritical")
           /\ UNCHANGED victim

Next == \E p \in Procs : NonCritical(p) \/ Climb(p) \/ SetVictim(p) \/ Wait(p)
                         \/ Critical(p) \/ Exit(p)
Spec == Init /\ [][Next]_vars

MutualExclusion == \A p, q \in Procs : pc[p] = "Critical" /\ pc[q] = "Critical" => p = q

Passed(p, L) == level[p] > L \/ (level[p] = L /\ pc[p] \notin {"SetVictim", "Wait"})
Filter == \A L \in 1..(N - 1) :
             Cardinality({p \in Procs : Passed(p, L)}) <= N - L
=============================================================================
