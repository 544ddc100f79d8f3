--------------------------- MODULE QuicksortProcs ---------------------------
(* Twin of examples/quicksort.ari, written for Ariadne's cross-check: the recursive  *)
(* quicksort with procedures of the PlusCal test suite (Partition picks any pivot   *)
(* index and any rearrangement of the slice that splits it around the pivot). State *)
(* for state, Ariadne's model and this algorithm agree: the procedures' parameters  *)
(* and variables are saved and restored by calls as Ariadne's call stack does, and  *)
(* 'call QS(...); return' is a tail call in both.                                   *)
EXTENDS Naturals, Sequences, TLC

CONSTANT N, BROKEN

Perms(a) == { [k \in DOMAIN a |-> a[f[k]]] :
                f \in { g \in [DOMAIN a -> DOMAIN a] : \A y \in DOMAIN a : \E x \in DOMAIN a : g[x] = y } }

Sorted(a) == \A i, j \in DOMAIN a : i < j => a[i] <= a[j]

(* --algorithm QuicksortProcs
variables Ainit \in [1..N -> 1..N], A = Ainit, returnVal = 1;

procedure Partition(lo, hi)
begin
  pt1: with piv \in lo..(hi - 1) do
         returnVal := piv;
         with B \in { b \in Perms(A) : /\ \A i \in 1..(lo - 1) : b[i] = A[i]
                                       /\ \A i \in (hi + 1)..N : b[i] = A[i]
                                       /\ \A i \in lo..piv, j \in (piv + 1)..hi : b[i] <= b[j] } do
           A := B;
         end with;
       end with;
       return;
end procedure;

procedure QS(qlo, qhi)
variable pivot;
begin
  qs1: if qlo < qhi then
         call Partition(qlo, qhi);
  qs2:   pivot := returnVal;
  qs3:   if ~BROKEN then call QS(qlo, pivot) end if;
  qs4:   call QS(pivot + 1, qhi);
         return;
       else
         return;
       end if;
end procedure;

process Main = "main"
begin
  main: call QS(1, N);
  test: assert A \in Perms(Ainit) /\ Sorted(A);
end process;
end algorithm *)
\* BEGIN TRANSLATION (chksum(pcal) = "b62fa94" /\ chksum(tla) = "e364e0cc")
CONSTANT defaultInitValue
VARIABLES Ainit, A, returnVal, pc, stack, lo, hi, qlo, qhi, pivot

vars == << Ainit, A, returnVal, pc, stack, lo, hi, qlo, qhi, pivot >>

ProcSet == {"main"}

Init == (* Global variables *)
        /\ Ainit \in [1..N -> 1..N]
        /\ A = Ainit
        /\ returnVal = 1
        (* Procedure Partition *)
        /\ lo = [ self \in ProcSet |-> defaultInitValue]
        /\ hi = [ self \in ProcSet |-> defaultInitValue]
        (* Procedure QS *)
        /\ qlo = [ self \in ProcSet |-> defaultInitValue]
        /\ qhi = [ self \in ProcSet |-> defaultInitValue]
        /\ pivot = [ self \in ProcSet |-> defaultInitValue]
        /\ stack = [self \in ProcSet |-> << >>]
        /\ pc = [self \in ProcSet |-> "main"]

pt1(self) == /\ pc[self] = "pt1"
             /\ \E piv \in lo[self]..(hi[self] - 1):
                  /\ returnVal' = piv
                  /\ \E B \in { b \in Perms(A) : /\ \A i \in 1..(lo[self] - 1) : b[i] = A[i]
                                                 /\ \A i \in (hi[self] + 1)..N : b[i] = A[i]
                                                 /\ \A i \in lo[self]..piv, j \in (piv + 1)..hi[self] : b[i] <= b[j] }:
                       A' = B
             /\ pc' = [pc EXCEPT ![self] = Head(stack[self]).pc]
             /\ lo' = [lo EXCEPT ![self] = Head(stack[self]).lo]
             /\ hi' = [hi EXCEPT ![self] = Head(stack[self]).hi]
             /\ stack' = [stack EXCEPT ![self] = Tail(stack[self])]
             /\ UNCHANGED << Ainit, qlo, qhi, pivot >>

Partition(self) == pt1(self)

qs1(self) == /\ pc[self] = "qs1"
             /\ IF qlo[self] < qhi[self]
                   THEN /\ /\ hi' = [hi EXCEPT ![self] = qhi[self]]
                           /\ lo' = [lo EXCEPT ![self] = qlo[self]]
                           /\ stack' = [stack EXCEPT ![self] = << [ procedure |->  "Partition",
                                                                    pc        |->  "qs2",
                                                                    lo        |->  lo[self],
                                                                    hi        |->  hi[self] ] >>
                                                                \o stack[self]]
                        /\ pc' = [pc EXCEPT ![self] = "pt1"]
                        /\ UNCHANGED << qlo, qhi, pivot >>
                   ELSE /\ pc' = [pc EXCEPT ![self] = Head(stack[self]).pc]
                        /\ pivot' = [pivot EXCEPT ![self] = Head(stack[self]).pivot]
                        /\ qlo' = [qlo EXCEPT ![self] = Head(stack[self]).qlo]
                        /\ qhi' = [qhi EXCEPT ![self] = Head(stack[self]).qhi]
                        /\ stack' = [stack EXCEPT ![self] = Tail(stack[self])]
                        /\ UNCHANGED << lo, hi >>
             /\ UNCHANGED << Ainit, A, returnVal >>

qs2(self) == /\ pc[self] = "qs2"
             /\ pivot' = [pivot EXCEPT ![self] = returnVal]
             /\ pc' = [pc EXCEPT ![self] = "qs3"]
             /\ UNCHANGED << Ainit, A, returnVal, stack, lo, hi, qlo, qhi >>

qs3(self) == /\ pc[self] = "qs3"
             /\ IF ~BROKEN
                   THEN /\ /\ qhi' = [qhi EXCEPT ![self] = pivot[self]]
                           /\ qlo' = [qlo EXCEPT ![self] = qlo[self]]
                           /\ stack' = [stack EXCEPT ![self] = << [ procedure |->  "QS",
                                                                    pc        |->  "qs4",
                                                                    pivot     |->  pivot[self],
                                                                    qlo       |->  qlo[self],
                                                                    qhi       |->  qhi[self] ] >>
                                                                \o stack[self]]
                        /\ pivot' = [pivot EXCEPT ![self] = defaultInitValue]
                        /\ pc' = [pc EXCEPT ![self] = "qs1"]
                   ELSE /\ pc' = [pc EXCEPT ![self] = "qs4"]
                        /\ UNCHANGED << stack, qlo, qhi, pivot >>
             /\ UNCHANGED << Ainit, A, returnVal, lo, hi >>

qs4(self) == /\ pc[self] = "qs4"
             /\ /\ qhi' = [qhi EXCEPT ![self] = qhi[self]]
                /\ qlo' = [qlo EXCEPT ![self] = pivot[self] + 1]
             /\ pivot' = [pivot EXCEPT ![self] = defaultInitValue]
             /\ pc' = [pc EXCEPT ![self] = "qs1"]
             /\ UNCHANGED << Ainit, A, returnVal, stack, lo, hi >>

QS(self) == qs1(self) \/ qs2(self) \/ qs3(self) \/ qs4(self)

main == /\ pc["main"] = "main"
        /\ /\ qhi' = [qhi EXCEPT !["main"] = N]
           /\ qlo' = [qlo EXCEPT !["main"] = 1]
           /\ stack' = [stack EXCEPT !["main"] = << [ procedure |->  "QS",
                                                      pc        |->  "test",
                                                      pivot     |->  pivot["main"],
                                                      qlo       |->  qlo["main"],
                                                      qhi       |->  qhi["main"] ] >>
                                                  \o stack["main"]]
        /\ pivot' = [pivot EXCEPT !["main"] = defaultInitValue]
        /\ pc' = [pc EXCEPT !["main"] = "qs1"]
        /\ UNCHANGED << Ainit, A, returnVal, lo, hi >>

test == /\ pc["main"] = "test"
        /\ Assert(A \in Perms(Ainit) /\ Sorted(A), 
                  "Failure of assertion at line 50, column 9.")
        /\ pc' = [pc EXCEPT !["main"] = "Done"]
        /\ UNCHANGED << Ainit, A, returnVal, stack, lo, hi, qlo, qhi, pivot >>

Main == main \/ test

(* Allow infinite stuttering to prevent deadlock on termination. *)
Terminating == /\ \A self \in ProcSet: pc[self] = "Done"
               /\ UNCHANGED vars

Next == Main
           \/ (\E self \in ProcSet: Partition(self) \/ QS(self))
           \/ Terminating

Spec == Init /\ [][Next]_vars

Termination == <>(\A self \in ProcSet: pc[self] = "Done")

\* END TRANSLATION 
=============================================================================
