---- MODULE LeaderElection_4 ----
(* Configuration wrapper: a .cfg file cannot hold a tuple. *)
EXTENDS LeaderElection
IDS_4 == <<2, 4, 1, 3>>
====
