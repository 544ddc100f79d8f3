------------------------------ MODULE SpinWait ------------------------------
(* TLA+ twin of examples/liveness/spin_wait.ari.
   Correspondence: the global go; the two unparameterised processes Waiter
   and Starter with their positions pcW and pcS.
     Poll  -- if ~go, `goto Poll`: the state is unchanged (a stuttering step,
              which WF_vars neither requires nor counts); else fall through
              to the label Work;
     Work  -- pass; the end of the body: "Done";
     Start -- go := TRUE; "Done".
   Fairness: fair process Waiter (WF_vars), Starter unfair. *)
VARIABLES go, pcW, pcS
vars == <<go, pcW, pcS>>

Init == go = FALSE /\ pcW = "Poll" /\ pcS = "Start"

Poll == /\ pcW = "Poll"
        /\ pcW' = IF go THEN "Work" ELSE "Poll"
        /\ UNCHANGED <<go, pcS>>
Work == pcW = "Work" /\ pcW' = "Done" /\ UNCHANGED <<go, pcS>>
Waiter == Poll \/ Work
Starter == pcS = "Start" /\ go' = TRUE /\ pcS' = "Done" /\ UNCHANGED pcW

AllDone == pcW = "Done" /\ pcS = "Done"
Terminating == AllDone /\ UNCHANGED vars
Next == Waiter \/ Starter \/ Terminating
Spec == Init /\ [][Next]_vars /\ WF_vars(Waiter)

Termination == <>AllDone
StartedFinishes == go ~> AllDone
=============================================================================
