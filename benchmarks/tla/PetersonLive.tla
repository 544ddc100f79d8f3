---------------------------- MODULE PetersonLive ----------------------------
(* TLA+ twin of examples/liveness/peterson.ari and peterson_fair.ari: the
   steps of Peterson.tla (the twin of examples/peterson.ari, with BROKEN =
   FALSE), with the fairness and the properties of the liveness models.
     SpecUnfair -- process P (no fairness);
     SpecFair   -- fair process P: WF_vars of each instance's step.
   Each property instance is one operator: Mutex (always, checked by Ariadne
   like an invariant: here a PROPERTY []Mutex), StarvationFree0/1 ([]<>),
   WaitEnters0/1 (~>), StaysIn0/1 (<>[]). *)
EXTENDS Peterson

Proc(p) == NonCritical(p) \/ SetFlag(p) \/ SetTurn(p) \/ Wait(p) \/ Critical(p) \/ Exit(p)

SpecUnfair == Spec
SpecFair == Spec /\ \A p \in Procs : WF_vars(Proc(p))

In(p, l) == pc[p] = l

MutexAlways == []MutualExclusion
StarvationFree0 == []<>In(0, "Critical")
StarvationFree1 == []<>In(1, "Critical")
WaitEnters0 == In(0, "Wait") ~> In(0, "Critical")
WaitEnters1 == In(1, "Wait") ~> In(1, "Critical")
StaysIn0 == <>[]In(0, "Critical")
StaysIn1 == <>[]In(1, "Critical")
=============================================================================
