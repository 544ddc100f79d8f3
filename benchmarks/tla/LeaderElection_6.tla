---- MODULE LeaderElection_6 ----
(* Configuration wrapper: a .cfg file cannot hold a tuple. *)
EXTENDS LeaderElection
IDS_6 == <<6, 5, 4, 3, 2, 1>>
====
