---- MODULE LeaderElection_3 ----
(* Configuration wrapper: a .cfg file cannot hold a tuple. *)
EXTENDS LeaderElection
IDS_3 == <<1, 2, 3>>
====
