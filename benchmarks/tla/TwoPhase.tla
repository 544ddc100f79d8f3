------------------------------ MODULE TwoPhase ------------------------------
(* TLA+ twin of examples/two_phase_commit.ari: two-phase commit in the style
   of Lamport's TwoPhase.tla, written for this comparison.

   Correspondence, state for state:
     rmState    : the dict {rm: state}      <-> a function RM -> state
     tmState    : "init" | "done"            <-> the same strings
     tmPrepared : a set of RMs               <-> a subset of RM
     msgs       : a set of tuples            <-> a set of records
                  ("Prepared", rm)                [type |-> "Prepared", rm |-> rm]
                  ("Commit",)                     [type |-> "Commit"]
                  ("Abort",)                      [type |-> "Abort"]
   RM is a set of RM_COUNT distinct values (0..RM_COUNT-1 in the .ari model,
   model values or integers here: the counts do not depend on their names).
   Every Ariadne action is one TLA+ action; a parameter `rm in range(RM_COUNT)`
   is \E rm \in RM.  There are no temporaries.  No symmetry reduction. *)
EXTENDS Naturals, FiniteSets

CONSTANT RM_COUNT
RM == 0..(RM_COUNT - 1)

VARIABLES rmState, tmState, tmPrepared, msgs
vars == <<rmState, tmState, tmPrepared, msgs>>

Messages == [type : {"Prepared"}, rm : RM] \cup [type : {"Commit", "Abort"}]

TypeOK == /\ rmState \in [RM -> {"working", "prepared", "committed", "aborted"}]
          /\ tmState \in {"init", "done"}
          /\ tmPrepared \subseteq RM
          /\ msgs \subseteq Messages

Init == /\ rmState = [rm \in RM |-> "working"]
        /\ tmState = "init"
        /\ tmPrepared = {}
        /\ msgs = {}

TMRcvPrepared(rm) == /\ tmState = "init"
                     /\ [type |-> "Prepared", rm |-> rm] \in msgs
                     /\ tmPrepared' = tmPrepared \cup {rm}
                     /\ UNCHANGED <<rmState, tmState, msgs>>

TMCommit == /\ tmState = "init"
            /\ tmPrepared = RM
            /\ tmState' = "done"
            /\ msgs' = msgs \cup {[type |-> "Commit"]}
            /\ UNCHANGED <<rmState, tmPrepared>>

TMAbort == /\ tmState = "init"
           /\ tmState' = "done"
           /\ msgs' = msgs \cup {[type |-> "Abort"]}
           /\ UNCHANGED <<rmState, tmPrepared>>

RMPrepare(rm) == /\ rmState[rm] = "working"
                 /\ rmState' = [rmState EXCEPT ![rm] = "prepared"]
                 /\ msgs' = msgs \cup {[type |-> "Prepared", rm |-> rm]}
                 /\ UNCHANGED <<tmState, tmPrepared>>

RMChooseToAbort(rm) == /\ rmState[rm] = "working"
                       /\ rmState' = [rmState EXCEPT ![rm] = "aborted"]
                       /\ UNCHANGED <<tmState, tmPrepared, msgs>>

RMRcvCommitMsg(rm) == /\ [type |-> "Commit"] \in msgs
                      /\ rmState' = [rmState EXCEPT ![rm] = "committed"]
                      /\ UNCHANGED <<tmState, tmPrepared, msgs>>

RMRcvAbortMsg(rm) == /\ [type |-> "Abort"] \in msgs
                     /\ rmState' = [rmState EXCEPT ![rm] = "aborted"]
                     /\ UNCHANGED <<tmState, tmPrepared, msgs>>

Next == \/ \E rm \in RM : TMRcvPrepared(rm)
        \/ TMCommit
        \/ TMAbort
        \/ \E rm \in RM : RMPrepare(rm) \/ RMChooseToAbort(rm)
                          \/ RMRcvCommitMsg(rm) \/ RMRcvAbortMsg(rm)

Spec == Init /\ [][Next]_vars

Consistent == \A r1, r2 \in RM : ~(rmState[r1] = "aborted" /\ rmState[r2] = "committed")
=============================================================================
