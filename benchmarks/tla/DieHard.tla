---------------------------- MODULE DieHard ----------------------------
(* TLA+ twin of the reference model die_hard.ari (shared/examples/die_hard.ari),
   used to validate the translation method.
   One TLA+ action per Ariadne action; the temporary `pour` is a LET, not a
   variable. *)
EXTENDS Naturals

CONSTANTS SMALL, BIG

VARIABLES small, big
vars == <<small, big>>

Min(a, b) == IF a < b THEN a ELSE b

Init == small = 0 /\ big = 0

FillSmall  == small' = SMALL /\ UNCHANGED big
FillBig    == big' = BIG /\ UNCHANGED small
EmptySmall == small' = 0 /\ UNCHANGED big
EmptyBig   == big' = 0 /\ UNCHANGED small
SmallToBig == LET pour == Min(small, BIG - big)
              IN small' = small - pour /\ big' = big + pour
BigToSmall == LET pour == Min(big, SMALL - small)
              IN big' = big - pour /\ small' = small + pour

Next == FillSmall \/ FillBig \/ EmptySmall \/ EmptyBig \/ SmallToBig \/ BigToSmall
Spec == Init /\ [][Next]_vars

NotSolved == big # 4
=============================================================================
