---- MODULE LeaderElection_5 ----
(* Configuration wrapper: a .cfg file cannot hold a tuple. *)
EXTENDS LeaderElection
IDS_5 == <<3, 1, 5, 2, 4>>
====
