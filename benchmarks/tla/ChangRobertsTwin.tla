-------------------------- MODULE ChangRobertsTwin --------------------------
(* Twin of examples/chang_roberts.ari, written for Ariadne's cross-check: the       *)
(* Chang-Roberts leader election of tlaplus/Examples (specifications/chang_roberts, *)
(* by Stephan Merz): a ring of N nodes, each an initiator or not; messages are sets *)
(* per node; the least identity among the initiators wins.                          *)
EXTENDS Naturals, Sequences, ChangRobertsTwin_ids

CONSTANTS N, Id, BROKEN

Nodes == 1..N
Next1(n) == IF n = N THEN 1 ELSE n + 1

(* --algorithm ChangRobertsTwin
variable inbox = [n \in Nodes |-> {}];

fair process Node \in Nodes
variables initiator \in BOOLEAN, state = IF initiator THEN "cand" ELSE "lost";
begin
  n0: if initiator then
        inbox[Next1(self)] := inbox[Next1(self)] \cup {Id[self]};
      end if;
  n1: while TRUE do
        with m \in inbox[self] do
          if state = "lost" then
            inbox := [inbox EXCEPT ![self] = @ \ {m}, ![Next1(self)] = @ \cup {m}];
          elsif m < Id[self] then
            if ~BROKEN then state := "lost" end if;
            inbox := [inbox EXCEPT ![self] = @ \ {m}, ![Next1(self)] = @ \cup {m}];
          else
            inbox[self] := inbox[self] \ {m};
            if m = Id[self] then state := "won" end if;
          end if;
        end with;
      end while;
end process;
end algorithm *)
\* BEGIN TRANSLATION (chksum(pcal) = "1f841bec" /\ chksum(tla) = "6d69b0c2")
VARIABLES inbox, pc, initiator, state

vars == << inbox, pc, initiator, state >>

ProcSet == (Nodes)

Init == (* Global variables *)
        /\ inbox = [n \in Nodes |-> {}]
        (* Process Node *)
        /\ initiator \in [Nodes -> BOOLEAN]
        /\ state = [self \in Nodes |-> IF initiator[self] THEN "cand" ELSE "lost"]
        /\ pc = [self \in ProcSet |-> "n0"]

n0(self) == /\ pc[self] = "n0"
            /\ IF initiator[self]
                  THEN /\ inbox' = [inbox EXCEPT ![Next1(self)] = inbox[Next1(self)] \cup {Id[self]}]
                  ELSE /\ TRUE
                       /\ inbox' = inbox
            /\ pc' = [pc EXCEPT ![self] = "n1"]
            /\ UNCHANGED << initiator, state >>

n1(self) == /\ pc[self] = "n1"
            /\ \E m \in inbox[self]:
                 IF state[self] = "lost"
                    THEN /\ inbox' = [inbox EXCEPT ![self] = @ \ {m}, ![Next1(self)] = @ \cup {m}]
                         /\ state' = state
                    ELSE /\ IF m < Id[self]
                               THEN /\ IF ~BROKEN
                                          THEN /\ state' = [state EXCEPT ![self] = "lost"]
                                          ELSE /\ TRUE
                                               /\ state' = state
                                    /\ inbox' = [inbox EXCEPT ![self] = @ \ {m}, ![Next1(self)] = @ \cup {m}]
                               ELSE /\ inbox' = [inbox EXCEPT ![self] = inbox[self] \ {m}]
                                    /\ IF m = Id[self]
                                          THEN /\ state' = [state EXCEPT ![self] = "won"]
                                          ELSE /\ TRUE
                                               /\ state' = state
            /\ pc' = [pc EXCEPT ![self] = "n1"]
            /\ UNCHANGED initiator

Node(self) == n0(self) \/ n1(self)

(* Allow infinite stuttering to prevent deadlock on termination. *)
Terminating == /\ \A self \in ProcSet: pc[self] = "Done"
               /\ UNCHANGED vars

Next == (\E self \in Nodes: Node(self))
           \/ Terminating

Spec == /\ Init /\ [][Next]_vars
        /\ \A self \in Nodes : WF_vars(Node(self))

Termination == <>(\A self \in ProcSet: pc[self] = "Done")

\* END TRANSLATION 
TypeOK == /\ inbox \in [Nodes -> SUBSET {Id[n] : n \in Nodes}]
          /\ state \in [Nodes -> {"cand", "lost", "won"}]

Correctness == \A n \in Nodes : state[n] = "won" =>
                  /\ initiator[n]
                  /\ \A m \in Nodes \ {n} : state[m] = "lost" /\ (initiator[m] => Id[m] > Id[n])

Elected == (\E n \in Nodes : state[n] = "cand") ~> (\E n \in Nodes : state[n] = "won")
=============================================================================
