--------------------------- MODULE LeaderElection ---------------------------
(* TLA+ twin of examples/leader_election.ari (Chang-Roberts with spontaneous
   wake-ups).
   Correspondence:
     inbox  : list of lists of tuples  <-> [Nodes -> Seq(<<kind, id>>)]
     role   : list of strings          <-> [Nodes -> {"candidate","lost","leader"}]
     leader : list of None / ints      <-> [Nodes -> Int], None written NoLeader
     process Node(self in range(len(IDS))) -> pc[n]; its var participant
                                              -> participant[n]
   The temporaries kind and id are LET-bound, not state.
   The whole process body after the label is `while True:` labelled Listen, so
   every step starts and (except after `break`) ends at Listen:
     Wake(n)  -- the first `either` branch;
     Recv(n)  -- the second branch; receiving ("leader", id) ends with `break`,
                 which leaves the loop and reaches the end of the body: "Done".
   Terminating: once every node is Done, stutter (no deadlock, no new state). *)
EXTENDS Integers, Sequences

CONSTANT IDS
N == Len(IDS)
Nodes == 0..(N - 1)
Id(n) == IDS[n + 1]                 \* IDS is a 1-based sequence
MaxId == CHOOSE m \in {Id(n) : n \in Nodes} : \A k \in Nodes : Id(k) <= m
NoLeader == -1                      \* stands for None

VARIABLES inbox, role, leader, pc, participant
vars == <<inbox, role, leader, pc, participant>>

Init == /\ inbox = [n \in Nodes |-> << >>]
        /\ role = [n \in Nodes |-> "candidate"]
        /\ leader = [n \in Nodes |-> NoLeader]
        /\ pc = [n \in Nodes |-> "Listen"]
        /\ participant = [n \in Nodes |-> FALSE]

\* def send(frm, msg), applied to a given value of inbox
Send(box, frm, msg) == [box EXCEPT ![(frm + 1) % N] = Append(@, msg)]

Wake(n) == /\ pc[n] = "Listen"
           /\ ~participant[n]
           /\ participant' = [participant EXCEPT ![n] = TRUE]
           /\ inbox' = Send(inbox, n, <<"elect", Id(n)>>)
           /\ UNCHANGED <<role, leader, pc>>

Recv(n) ==
  /\ pc[n] = "Listen"
  /\ Len(inbox[n]) > 0
  /\ LET kind == Head(inbox[n])[1]
         id   == Head(inbox[n])[2]
         rest == [inbox EXCEPT ![n] = Tail(@)]
     IN IF kind = "elect"
        THEN /\ UNCHANGED <<leader, pc>>
             /\ CASE id > Id(n) ->
                       /\ role' = [role EXCEPT ![n] = "lost"]
                       /\ participant' = [participant EXCEPT ![n] = TRUE]
                       /\ inbox' = Send(rest, n, <<"elect", id>>)
                  [] id < Id(n) ->
                       /\ UNCHANGED role
                       /\ IF ~participant[n]
                            THEN /\ participant' = [participant EXCEPT ![n] = TRUE]
                                 /\ inbox' = Send(rest, n, <<"elect", Id(n)>>)
                            ELSE /\ UNCHANGED participant
                                 /\ inbox' = rest
                  [] id = Id(n) ->
                       /\ role' = [role EXCEPT ![n] = "leader"]
                       /\ UNCHANGED participant
                       /\ inbox' = Send(rest, n, <<"leader", id>>)
        ELSE \* ("leader", id)
             /\ leader' = [leader EXCEPT ![n] = id]
             /\ inbox' = IF id # Id(n) THEN Send(rest, n, <<"leader", id>>) ELSE rest
             /\ pc' = [pc EXCEPT ![n] = "Done"]
             /\ UNCHANGED <<role, participant>>

Terminating == /\ \A n \in Nodes : pc[n] = "Done"
               /\ UNCHANGED vars

Next == (\E n \in Nodes : Wake(n) \/ Recv(n)) \/ Terminating
Spec == Init /\ [][Next]_vars

AtMostOneLeader == \A a, b \in Nodes : role[a] = "leader" /\ role[b] = "leader" => a = b
LeaderIsLargest == \A n \in Nodes : role[n] = "leader" => Id(n) = MaxId
AgreementAtTheEnd == (\A n \in Nodes : pc[n] = "Done") => \A n \in Nodes : leader[n] = MaxId
=============================================================================
