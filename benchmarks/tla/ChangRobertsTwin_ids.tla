------------------------ MODULE ChangRobertsTwin_ids ------------------------
(* The identity tuples of the ChangRobertsTwin configs (a .cfg cannot hold a tuple). *)
Id123 == <<1, 2, 3>>
Id312 == <<3, 1, 2>>
Id2413 == <<2, 4, 1, 3>>
Id51423 == <<5, 1, 4, 2, 3>>
=============================================================================
