------------------------- MODULE DiningPhilosophers -------------------------
(* TLA+ twin of examples/dining_philosophers.ari.
   Correspondence: forks (the list, None for a free fork) <-> a function
   0..N-1 -> 0..N-1 \cup {NoOne}; one process instance per philosopher with
   its position pc[p]; no process vars.  The defs left/right/first_fork/
   second_fork are operators (not state).
     Think      -- the labelled `while True`: entering the body reaches TakeFirst;
     Eat        -- the end of the loop body: back edge to Think.
   The philosophers never finish: no Terminating disjunct. *)
EXTENDS Integers

CONSTANTS N, FIXED
Phils == 0..(N - 1)
NoOne == -1          \* stands for None

VARIABLES forks, pc
vars == <<forks, pc>>

Left(p) == p
Right(p) == (p + 1) % N
FirstFork(p)  == IF FIXED /\ p = N - 1 THEN Right(p) ELSE Left(p)
SecondFork(p) == IF FIXED /\ p = N - 1 THEN Left(p) ELSE Right(p)

Init == /\ forks = [f \in Phils |-> NoOne]
        /\ pc = [p \in Phils |-> "Think"]

Think(p) == /\ pc[p] = "Think"
            /\ pc' = [pc EXCEPT ![p] = "TakeFirst"]
            /\ UNCHANGED forks

TakeFirst(p) == /\ pc[p] = "TakeFirst"
                /\ forks[FirstFork(p)] = NoOne
                /\ forks' = [forks EXCEPT ![FirstFork(p)] = p]
                /\ pc' = [pc EXCEPT ![p] = "TakeSecond"]

TakeSecond(p) == /\ pc[p] = "TakeSecond"
                 /\ forks[SecondFork(p)] = NoOne
                 /\ forks' = [forks EXCEPT ![SecondFork(p)] = p]
                 /\ pc' = [pc EXCEPT ![p] = "Eat"]

Eat(p) == /\ pc[p] = "Eat"
          /\ forks' = [forks EXCEPT ![Left(p)] = NoOne, ![Right(p)] = NoOne]
          /\ pc' = [pc EXCEPT ![p] = "Think"]

Next == \E p \in Phils : Think(p) \/ TakeFirst(p) \/ TakeSecond(p) \/ Eat(p)
Spec == Init /\ [][Next]_vars

EaterHoldsForks == \A p \in Phils :
                      pc[p] = "Eat" => forks[Left(p)] = p /\ forks[Right(p)] = p
NeighboursNotBothEating == \A p \in Phils : ~(pc[p] = "Eat" /\ pc[Right(p)] = "Eat")
=============================================================================
