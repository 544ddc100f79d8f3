----------------------------- MODULE DiningLive -----------------------------
(* TLA+ twin of examples/liveness/dining_sf.ari and dining_wf.ari: the steps of
   DiningPhilosophers.tla (the twin of examples/dining_philosophers.ari), with
     SpecSF -- fair+ process Phil: SF_vars of each philosopher's step;
     SpecWF -- fair process Phil:  WF_vars of each philosopher's step;
   and one operator per property instance (N = 5: Eats0..Eats4, Served0..Served4;
   the configs for N = 3 list the first three). Ariadne's --no-deadlock is TLC's
   -deadlock: a deadlocked state then stutters for ever. *)
EXTENDS DiningPhilosophers

Phil(p) == Think(p) \/ TakeFirst(p) \/ TakeSecond(p) \/ Eat(p)
SpecSF == Spec /\ \A p \in Phils : SF_vars(Phil(p))
SpecWF == Spec /\ \A p \in Phils : WF_vars(Phil(p))

Eats(p) == []<>(pc[p] = "Eat")
Served(p) == (pc[p] = "TakeSecond") ~> (pc[p] = "Eat")
Eats0 == Eats(0)
Eats1 == Eats(1)
Eats2 == Eats(2)
Eats3 == Eats(3)
Eats4 == Eats(4)
Served0 == Served(0)
Served1 == Served(1)
Served2 == Served(2)
Served3 == Served(3)
Served4 == Served(4)
=============================================================================
