------------------------------ MODULE FilterLockLive ------------------------------
(* TLA+ twin of benchmarks/models/filter_lock_fair.ari: FilterLock.tla with every
   process weakly fair (Ariadne's `fair process`: WF_vars of each instance's steps)
   and starvation freedom as a temporal property. *)
EXTENDS FilterLock

Proc(p) == NonCritical(p) \/ Climb(p) \/ SetVictim(p) \/ Wait(p) \/ Critical(p) \/ Exit(p)

LiveSpec == Spec /\ \A p \in Procs : WF_vars(Proc(p))

Enters == \A p \in Procs : []<>(pc[p] = "Critical")
=============================================================================
