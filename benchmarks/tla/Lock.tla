-------------------------------- MODULE Lock --------------------------------
(* TLA+ twin of examples/liveness/lock.ari, lock_wf.ari and lock_sf.ari.
   Correspondence: the global lock (None <-> NoOne = 2, outside {0, 1}); one process instance
   per self \in {0, 1} with its position pc[self]; no process vars.
   Each label is one action (PlusCal semantics):
     Idle    -- the labelled `while True`: entering the body reaches Acquire;
     Acquire -- await the lock free, take it;
     Release -- free it; the end of the body goes back to the loop's label Idle.
   The three models differ only in fairness, so there is one spec per model:
     SpecUnfair (process),  SpecWF (fair process: WF_vars of each instance's
     step, as PlusCal's `fair process`),  SpecSF (fair+ process: SF_vars).
   Served(w) is one PROPERTY per instance: Served0, Served1. *)
EXTENDS Naturals

Procs == {0, 1}
NoOne == 2

VARIABLES lock, pc
vars == <<lock, pc>>

Init == lock = NoOne /\ pc = [p \in Procs |-> "Idle"]

Goto(p, l) == pc' = [pc EXCEPT ![p] = l]

Idle(p) == pc[p] = "Idle" /\ Goto(p, "Acquire") /\ UNCHANGED lock
Acquire(p) == pc[p] = "Acquire" /\ lock = NoOne /\ lock' = p /\ Goto(p, "Release")
Release(p) == pc[p] = "Release" /\ lock' = NoOne /\ Goto(p, "Idle")

Worker(p) == Idle(p) \/ Acquire(p) \/ Release(p)
Next == \E p \in Procs : Worker(p)

SpecUnfair == Init /\ [][Next]_vars
SpecWF == SpecUnfair /\ \A p \in Procs : WF_vars(Worker(p))
SpecSF == SpecUnfair /\ \A p \in Procs : SF_vars(Worker(p))

Served(w) == []<>(pc[w] = "Release")
Served0 == Served(0)
Served1 == Served(1)
=============================================================================
