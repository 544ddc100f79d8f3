---------------------------- MODULE SnapshotAlias ----------------------------
(* Abstraction of examples/snapshot_alias.ari, to cross-check the Python
   checker on it.  TLA+ has no heap; the correspondence with the .ari state is
   one-to-one because the only aliasing that can arise in that model is "a
   reader's snap is the very list config.values":
     config.version, config.values : version, values (a function 0..1 -> Nat;
                                     the record itself never changes identity)
     seen                          : seen (None written NoVal)
     process Writer                : pcW (no vars)
     process Reader(r)             : pcR[r]; var version -> rver[r];
                                     var snap -> snap[r], which is NoVal (None),
                                     Alias (the list config.values itself), or
                                     <<a, b>> (a separate copy of the list).
   Reading sum(snap) reads the writer's current values when snap is Alias.
   The `assert` is TLC's Assert: a failure is reported with the trace up to
   the state in which the failing step starts, as Ariadne does. *)
EXTENDS Integers, TLC

CONSTANTS WRITES, READERS, COPY, CHECK
Readers == 0..(READERS - 1)
NoVal == -1
Alias == "alias"

VARIABLES version, values, seen, pcW, pcR, rver, snap
vars == <<version, values, seen, pcW, pcR, rver, snap>>

Init == /\ version = 0
        /\ values = [k \in 0..1 |-> 0]
        /\ seen = [r \in Readers |-> NoVal]
        /\ pcW = "Write"
        /\ pcR = [r \in Readers |-> "Take"]
        /\ rver = [r \in Readers |-> NoVal]
        /\ snap = [r \in Readers |-> NoVal]

Write == /\ pcW = "Write"
         /\ IF version < WRITES
              THEN /\ values' = [values EXCEPT ![version % 2] = @ + 1]
                   /\ version' = version + 1
                   /\ UNCHANGED pcW
              ELSE /\ pcW' = "Done"
                   /\ UNCHANGED <<values, version>>
         /\ UNCHANGED <<seen, pcR, rver, snap>>

Take(r) == /\ pcR[r] = "Take"
           /\ rver' = [rver EXCEPT ![r] = version]
           /\ snap' = [snap EXCEPT ![r] = IF COPY THEN <<values[0], values[1]>> ELSE Alias]
           /\ pcR' = [pcR EXCEPT ![r] = "Use"]
           /\ UNCHANGED <<version, values, seen, pcW>>

SnapSum(r) == IF snap[r] = Alias THEN values[0] + values[1] ELSE snap[r][1] + snap[r][2]

Use(r) == /\ pcR[r] = "Use"
          /\ IF CHECK THEN Assert(SnapSum(r) = rver[r], "the snapshot changed after it was taken")
                      ELSE TRUE
          /\ seen' = [seen EXCEPT ![r] = SnapSum(r)]
          /\ pcR' = [pcR EXCEPT ![r] = "Done"]
          /\ UNCHANGED <<version, values, pcW, rver, snap>>

Terminating == /\ pcW = "Done" /\ \A r \in Readers : pcR[r] = "Done"
               /\ UNCHANGED vars

Next == Write \/ (\E r \in Readers : Take(r) \/ Use(r)) \/ Terminating
Spec == Init /\ [][Next]_vars

ConfigConsistent == values[0] + values[1] = version
=============================================================================
