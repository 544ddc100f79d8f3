------------------------------- MODULE Race -------------------------------
(* TLA+ twin of the reference model race.ari (shared/examples/race.ari), used to
   validate the translation method and, with N = 6, as a benchmark.
   Correspondence (Ariadne -> TLA+):
     global  counter                     -> counter
     process Incr(self in range(N))      -> one instance per self \in 0..N-1
     its position (label or "Done")      -> pc[self]
     its `var tmp = 0`                   -> tmp[self]
   Each labelled step is one atomic TLA+ action, as in PlusCal.  A state where
   every process is Done is terminal: `Terminating` stutters there, as the
   PlusCal translator does, so TLC reports no deadlock; it adds no state. *)
EXTENDS Naturals

CONSTANT N
Procs == 0..(N-1)

VARIABLES counter, pc, tmp
vars == <<counter, pc, tmp>>

Init == /\ counter = 0
        /\ pc = [p \in Procs |-> "Read"]
        /\ tmp = [p \in Procs |-> 0]

Read(p)  == /\ pc[p] = "Read"
            /\ tmp' = [tmp EXCEPT ![p] = counter]
            /\ pc' = [pc EXCEPT ![p] = "Write"]
            /\ UNCHANGED counter

Write(p) == /\ pc[p] = "Write"
            /\ counter' = tmp[p] + 1
            /\ pc' = [pc EXCEPT ![p] = "Done"]
            /\ UNCHANGED tmp

Terminating == /\ \A p \in Procs : pc[p] = "Done"
               /\ UNCHANGED vars

Next == (\E p \in Procs : Read(p) \/ Write(p)) \/ Terminating
Spec == Init /\ [][Next]_vars

AllDone == \A p \in Procs : pc[p] = "Done"
FinalCount == ~AllDone \/ counter = N
=============================================================================
