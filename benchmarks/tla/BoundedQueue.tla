---------------------------- MODULE BoundedQueue ----------------------------
(* TLA+ twin of examples/bounded_queue.ari.
   Correspondence:
     buf    : the list of tuples (p, i)  <-> a sequence of pairs <<p, i>>
     taken  : int                        <-> taken
     process Producer(self in range(PRODUCERS)) -> pcP[p], and its var i -> i[p]
     process Consumer(self in range(CONSUMERS)) -> pcC[c]  (no vars; the
             temporary `item` is not state)
   The two process kinds have separate position functions because their
   `self` values overlap (Producer(0) and Consumer(0) are different instances).
   Put and Get are labelled `while` loops: one step evaluates the loop test and,
   if it holds, runs one iteration and returns to the label; if it fails, the
   step reaches the end of the body: "Done" (PlusCal's translation exactly).
   Terminating: once every process is Done, stutter (no deadlock, no new state). *)
EXTENDS Naturals, Sequences

CONSTANTS K, PRODUCERS, CONSUMERS, ITEMS, BROKEN
Prods == 0..(PRODUCERS - 1)
Cons  == 0..(CONSUMERS - 1)

VARIABLES buf, taken, pcP, i, pcC
vars == <<buf, taken, pcP, i, pcC>>

Init == /\ buf = << >>
        /\ taken = 0
        /\ pcP = [p \in Prods |-> "Put"]
        /\ i = [p \in Prods |-> 0]
        /\ pcC = [c \in Cons |-> "Get"]

Put(p) == /\ pcP[p] = "Put"
          /\ IF i[p] < ITEMS
               THEN /\ Len(buf) < K
                    /\ buf' = Append(buf, <<p, i[p]>>)
                    /\ i' = [i EXCEPT ![p] = i[p] + 1]
                    /\ UNCHANGED pcP
               ELSE /\ pcP' = [pcP EXCEPT ![p] = "Done"]
                    /\ UNCHANGED <<buf, i>>
          /\ UNCHANGED <<taken, pcC>>

Get(c) == /\ pcC[c] = "Get"
          /\ IF taken < PRODUCERS * ITEMS
               THEN /\ IF BROKEN THEN Len(buf) = K ELSE Len(buf) > 0
                    /\ buf' = Tail(buf)
                    /\ taken' = taken + 1
                    /\ UNCHANGED pcC
               ELSE /\ pcC' = [pcC EXCEPT ![c] = "Done"]
                    /\ UNCHANGED <<buf, taken>>
          /\ UNCHANGED <<pcP, i>>

Terminating == /\ \A p \in Prods : pcP[p] = "Done"
               /\ \A c \in Cons : pcC[c] = "Done"
               /\ UNCHANGED vars

Next == (\E p \in Prods : Put(p)) \/ (\E c \in Cons : Get(c)) \/ Terminating
Spec == Init /\ [][Next]_vars

Bounded == Len(buf) <= K
FifoPerProducer == \A x, y \in 1..Len(buf) :
                      (x < y /\ buf[x][1] = buf[y][1]) => buf[x][2] < buf[y][2]
=============================================================================
