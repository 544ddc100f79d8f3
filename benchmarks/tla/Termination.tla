---------------------------- MODULE Termination ----------------------------
(* TLA+ twin of examples/liveness/termination.ari and termination_fair.ari.
   Correspondence: the global count; one process instance per self \in {0, 1}
   with its position pc[self] and its process var tmp[self].
     Read  -- tmp := count; with ATOMIC also count := tmp + 1 and `goto Done`,
              otherwise fall through to the label Write;
     Write -- count := tmp + 1; the end of the body: "Done".
   Terminating is PlusCal's stuttering step once every process is Done (it adds
   no state). SpecUnfair is termination.ari, SpecFair termination_fair.ari
   (fair process: WF_vars of each instance's step). *)
EXTENDS Naturals

CONSTANT ATOMIC
Procs == {0, 1}

VARIABLES count, tmp, pc
vars == <<count, tmp, pc>>

Init == count = 0 /\ tmp = [p \in Procs |-> 0] /\ pc = [p \in Procs |-> "Read"]

Read(p) == /\ pc[p] = "Read"
           /\ tmp' = [tmp EXCEPT ![p] = count]
           /\ IF ATOMIC THEN count' = count + 1 /\ pc' = [pc EXCEPT ![p] = "Done"]
                        ELSE UNCHANGED count /\ pc' = [pc EXCEPT ![p] = "Write"]
Write(p) == /\ pc[p] = "Write"
            /\ count' = tmp[p] + 1
            /\ pc' = [pc EXCEPT ![p] = "Done"]
            /\ UNCHANGED tmp

Worker(p) == Read(p) \/ Write(p)
AllDone == \A p \in Procs : pc[p] = "Done"
Terminating == AllDone /\ UNCHANGED vars
Next == (\E p \in Procs : Worker(p)) \/ Terminating

SpecUnfair == Init /\ [][Next]_vars
SpecFair == SpecUnfair /\ \A p \in Procs : WF_vars(Worker(p))

Termination == <>AllDone
Counted == <>(count = 2)
CountedThenDone == (count = 1) ~> AllDone
=============================================================================
