------------------------------ MODULE TokenRing ------------------------------
(* Index-based abstraction of examples/token_ring.ari, to cross-check the
   Python checker on it.  TLA+ has no heap, so this is not a translation of the
   heap but of what it can be in that model; the correspondence is one-to-one:
     the ring of node records   : fixed shape (node i's `next` is node (i+1)%N,
                                  `nodes[i]` is node i): no variable needed;
     node i's inbox             : a list holding only the one token, so its
                                  length, inbox[i] \in Nat, determines it;
     node i's `uses` field      : uses[i];
     token.holder               : holder \in Nodes \cup {NoOne} (None);
     process Node(i): position  : pc[i];
                      var me    : always node i's record (never reassigned):
                                  no variable needed;
                      var held  : None or the token: held[i] \in BOOLEAN.
   Each label is one action (PlusCal semantics); Receive is the labelled
   `while True`, and Pass ends the loop body (back edge to Receive). *)
EXTENDS Naturals, FiniteSets

CONSTANTS N, ROUNDS
Nodes == 0..(N - 1)
NoOne == N            \* stands for None

VARIABLES inbox, uses, holder, pc, held
vars == <<inbox, uses, holder, pc, held>>

Init == /\ inbox = [i \in Nodes |-> IF i = 0 THEN 1 ELSE 0]
        /\ uses = [i \in Nodes |-> 0]
        /\ holder = NoOne
        /\ pc = [i \in Nodes |-> "Receive"]
        /\ held = [i \in Nodes |-> FALSE]

Receive(i) == /\ pc[i] = "Receive"
              /\ inbox[i] > 0
              /\ inbox' = [inbox EXCEPT ![i] = @ - 1]
              /\ held' = [held EXCEPT ![i] = TRUE]
              /\ pc' = [pc EXCEPT ![i] = "Decide"]
              /\ UNCHANGED <<uses, holder>>

Decide(i) == /\ pc[i] = "Decide"
             /\ IF uses[i] < ROUNDS
                  THEN \/ holder' = i /\ pc' = [pc EXCEPT ![i] = "Critical"]
                       \/ UNCHANGED holder /\ pc' = [pc EXCEPT ![i] = "Pass"]
                  ELSE UNCHANGED holder /\ pc' = [pc EXCEPT ![i] = "Pass"]
             /\ UNCHANGED <<inbox, uses, held>>

Critical(i) == /\ pc[i] = "Critical"
               /\ uses' = [uses EXCEPT ![i] = @ + 1]
               /\ holder' = NoOne
               /\ pc' = [pc EXCEPT ![i] = "Pass"]
               /\ UNCHANGED <<inbox, held>>

Pass(i) == /\ pc[i] = "Pass"
           /\ inbox' = [inbox EXCEPT ![(i + 1) % N] = @ + 1]
           /\ held' = [held EXCEPT ![i] = FALSE]
           /\ pc' = [pc EXCEPT ![i] = "Receive"]
           /\ UNCHANGED <<uses, holder>>

Next == \E i \in Nodes : Receive(i) \/ Decide(i) \/ Critical(i) \/ Pass(i)
Spec == Init /\ [][Next]_vars

OneToken == (\A i \in Nodes : inbox[i] \in 0..1)
            /\ (LET inTransit == {i \in Nodes : inbox[i] = 1}
                IN  Cardinality(inTransit) + (IF holder = NoOne THEN 0 ELSE 1) <= 1)
HolderInCritical == \A i \in Nodes : pc[i] = "Critical" => holder = i
MutualExclusion == \A i, j \in Nodes : pc[i] = "Critical" /\ pc[j] = "Critical" => i = j
=============================================================================
