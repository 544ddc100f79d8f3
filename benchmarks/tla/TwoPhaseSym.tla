------------------------------ MODULE TwoPhaseSym ------------------------------
(* TLA+ twin of examples/two_phase_commit_sym.ari: TwoPhase.tla with RM a set of
   model values given in the .cfg (RM = {r1, ..., rN}) and SYMMETRY Perms, so TLC
   keeps one state per permutation of the resource managers, as Ariadne does for
   `const RM = symmetric("rm", N)`.  Otherwise the same actions, state for state. *)
EXTENDS Naturals, FiniteSets, TLC

CONSTANT RM
Perms == Permutations(RM)

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
