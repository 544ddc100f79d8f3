----------------------------- MODULE WorkerPool -----------------------------
(* TLA+ twin of examples/worker_pool.ari: the dispatch loop of Ariadne's
   ProcessWorkerPool and the main loop of its worker JVMs (WorkerLoop), as they
   are since workers say STARTED (attempts charged at the start, the culprit of
   a death is the task that was running, a cancelled task ends cancelled,
   shutdownNow cancels in the workers).

   Correspondence, state for state (globals in declaration order):
     queue       : set of task ids             <-> a subset of Tasks
     seq         : list of None / ints         <-> [Tasks -> Int], None = -1
     attempts    : list of ints                <-> [Tasks -> Nat]
     cancelled   : set of task ids             <-> a subset of Tasks
     outcome     : dict task -> kind           <-> [Tasks -> kind \cup {"none"}],
                                                   "none" = the key is absent
     inflight    : list of sets                <-> [Workers -> SUBSET Tasks]
     current     : list of None / task ids     <-> [Workers -> Int], None = -1
     jobs        : list of sets                <-> [Workers -> SUBSET Tasks]
     running     : list of None / task ids     <-> [Workers -> Int], None = -1
     wire        : list of lists of (t, kind)  <-> [Workers -> Seq(<<t, kind>>)],
                                                   kind "started" or a reply
     order       : list of worker ids          <-> a sequence of worker ids
     crashes, shutdown, now                    <-> the same
     interrupted : set of tags                 <-> a subset of TAGS
     starts      : list of ints                <-> [Tasks -> Nat]
     process Check(self in TAGS)   -> pcC[g] and its var sent -> sent[g]
     process Worker(self in range(WORKERS)) -> pcW[w] (no vars)
   Task ids are 0..N-1 as in the model; TASKS is the model's tuple of
   (tag, priority) pairs, a 1-based sequence here (TASKS[t + 1]); a .cfg file
   cannot hold it, so each .cfg substitutes one of the TasksN operators below.
   Temporaries (t, kind, target, lost ...) are LETs, never variables.

   Every step of the model is one TLA+ action. Its body, a sequence of
   statements on the globals, is written as a chain of functions on a record
   G holding all the globals ("the state so far"), applied from the current
   state Cur and installed by Put; the helpers (Submit, Dispatch, Interrupt,
   WorkerDied, Report; Exits for exits) follow the model's defs line by line.
   Dispatch is recursive, like the model's `while len(queue) > 0 and not
   shutdown` loop.
     Check(g) at Submit: the labelled while: if sent < len(tasks), either submit
       the next task (back to Submit) or, if sent > 0, interrupt and go to Done;
       otherwise leave the loop and interrupt(g) in the same step: Done.
     Worker(w) at Take: await (jobs and not now) or exits(w); exits(w):
       worker_died, break: Done; else take the most urgent job: cancelled ->
       reply "cancelled" (back to Take), otherwise start it and write STARTED
       (pc Run).
     Worker(w) at Run: either reply (back to Take), or crash: worker_died, then
       Done if shutting down, else back to Take.
     Receive(w), Shutdown, ShutdownNow: the actions.
   Terminating: once every process is Done, stutter (no deadlock, no new state;
   no action is enabled in such a state). *)
EXTENDS Integers, Sequences, FiniteSets, TLC

CONSTANTS WORKERS, CAPACITY, MAX_ATTEMPTS, CRASHES, TAGS, TASKS,
          BROKEN, CHECK_CANCEL_WINS, CHECK_STARTS

\* The task lists the .cfg files substitute for TASKS.
Tasks3 == << <<"A", 2>>, <<"A", 1>>, <<"B", 1>> >>

N == Len(TASKS)
Tasks == 0..(N - 1)
Workers == 0..(WORKERS - 1)
Tag(t) == TASKS[t + 1][1]
Prio(t) == TASKS[t + 1][2]
None == -1

\* tasks_of(g): the tasks of tag g in id order, a sequence of ids.
RECURSIVE TasksFrom(_, _)
TasksFrom(g, i) == IF i >= N THEN << >>
                   ELSE IF Tag(i) = g THEN <<i>> \o TasksFrom(g, i + 1)
                   ELSE TasksFrom(g, i + 1)
TasksOf(g) == TasksFrom(g, 0)

Range(s) == {s[i] : i \in 1..Len(s)}
Remove(s, x) == SelectSeq(s, LAMBDA y : y # x)

VARIABLES queue, seq, attempts, cancelled, outcome, inflight, current, jobs, running,
          wire, order, crashes, shutdown, now, interrupted, starts, pcC, sent, pcW
globals == <<queue, seq, attempts, cancelled, outcome, inflight, current, jobs, running,
             wire, order, crashes, shutdown, now, interrupted, starts>>
vars == <<globals, pcC, sent, pcW>>

Init == /\ queue = {}
        /\ seq = [t \in Tasks |-> None]
        /\ attempts = [t \in Tasks |-> 0]
        /\ cancelled = {}
        /\ outcome = [t \in Tasks |-> "none"]
        /\ inflight = [w \in Workers |-> {}]
        /\ current = [w \in Workers |-> None]
        /\ jobs = [w \in Workers |-> {}]
        /\ running = [w \in Workers |-> None]
        /\ wire = [w \in Workers |-> << >>]
        /\ order = [i \in 1..WORKERS |-> i - 1]
        /\ crashes = 0
        /\ shutdown = FALSE
        /\ now = FALSE
        /\ interrupted = {}
        /\ starts = [t \in Tasks |-> 0]
        /\ pcC = [g \in TAGS |-> "Submit"]
        /\ sent = [g \in TAGS |-> 0]
        /\ pcW = [w \in Workers |-> "Take"]

\* The globals as one record, and how a record becomes the next state.
Cur == [queue |-> queue, seq |-> seq, attempts |-> attempts, cancelled |-> cancelled,
        outcome |-> outcome, inflight |-> inflight, current |-> current, jobs |-> jobs,
        running |-> running, wire |-> wire, order |-> order, crashes |-> crashes,
        shutdown |-> shutdown, now |-> now, interrupted |-> interrupted, starts |-> starts]
Put(G) == /\ queue' = G.queue /\ seq' = G.seq /\ attempts' = G.attempts
          /\ cancelled' = G.cancelled /\ outcome' = G.outcome /\ inflight' = G.inflight
          /\ current' = G.current /\ jobs' = G.jobs /\ running' = G.running
          /\ wire' = G.wire /\ order' = G.order /\ crashes' = G.crashes
          /\ shutdown' = G.shutdown /\ now' = G.now
          /\ interrupted' = G.interrupted /\ starts' = G.starts

\* most_urgent: the least (priority, sequence); sequences are distinct.
MostUrgent(G, S) == CHOOSE t \in S : \A u \in S :
                        \/ Prio(t) < Prio(u)
                        \/ Prio(t) = Prio(u) /\ G.seq[t] <= G.seq[u]

Report(G, t, kind) == IF G.outcome[t] # "none"
                        THEN Assert(FALSE, "a task ended twice")
                        ELSE [G EXCEPT !.outcome[t] = kind]

Load(G, w) == Cardinality(G.inflight[w])

\* The first worker of `order` with room and the fewest tasks (the Java loop's
\* strict `<` keeps the first of equals); None if no worker has room.
Target(G) ==
    LET room == {i \in 1..Len(G.order) : Load(G, G.order[i]) < CAPACITY}
    IN IF room = {} THEN None
       ELSE LET best == CHOOSE i \in room :
                          \A j \in room : Load(G, G.order[i]) < Load(G, G.order[j])
                                          \/ (Load(G, G.order[i]) = Load(G, G.order[j]) /\ i <= j)
            IN G.order[best]

\* dispatch: `while len(queue) > 0 and not shutdown`; no attempt is charged.
RECURSIVE Dispatch(_)
Dispatch(G) ==
    IF G.queue = {} \/ G.shutdown THEN G
    ELSE LET target == Target(G)
         IN IF target = None THEN G
            ELSE LET t == MostUrgent(G, G.queue)
                     G1 == [G EXCEPT !.queue = @ \ {t}]
                 IN IF t \in G1.cancelled
                      THEN Dispatch(Report(G1, t, "cancelled"))
                      ELSE Dispatch([G1 EXCEPT !.inflight[target] = @ \cup {t},
                                               !.jobs[target] = @ \cup {t}])

Submit(G, t) ==
    IF G.shutdown THEN Report(G, t, "cancelled")
    ELSE Dispatch([G EXCEPT !.seq[t] = Cardinality({u \in Tasks : G.seq[u] # None}),
                            !.queue = @ \cup {t}])

Hit(g, t) == Tag(t) = g \/ BROKEN

Interrupt(G, g) ==
    LET G1 == [G EXCEPT !.interrupted = @ \cup {g}]
        dropped == {t \in G1.queue : Hit(g, t)}
        G2 == [G1 EXCEPT !.queue = @ \ dropped, !.cancelled = @ \cup dropped,
                         !.outcome = [t \in Tasks |-> IF t \in dropped THEN "cancelled" ELSE G1.outcome[t]]]
        held == {t \in UNION {G2.inflight[w] : w \in Range(G2.order)} : Hit(g, t)}
    IN IF \E t \in dropped : G1.outcome[t] # "none"
         THEN Assert(FALSE, "a task ended twice")
         ELSE [G2 EXCEPT !.cancelled = @ \cup held]

\* onDeath: only the task the worker was running (current) can fail.
WorkerDied(G, w) ==
    LET G1 == [G EXCEPT !.order = Remove(@, w)]
        lost == G1.inflight[w]
        ended(t) == t \in G1.cancelled \/ G1.shutdown
        kindOf(t) == IF ended(t) THEN "cancelled"
                     ELSE IF t = G1.current[w] /\ G1.attempts[t] >= MAX_ATTEMPTS THEN "failed"
                     ELSE "requeue"
        G2 == [G1 EXCEPT !.queue = @ \cup {t \in lost : kindOf(t) = "requeue"},
                         !.outcome = [t \in Tasks |-> IF t \in lost /\ kindOf(t) # "requeue"
                                                        THEN kindOf(t) ELSE G1.outcome[t]],
                         !.inflight[w] = {}, !.current[w] = None, !.jobs[w] = {},
                         !.running[w] = None]
    IN IF \E t \in lost : kindOf(t) # "requeue" /\ G1.outcome[t] # "none"
         THEN Assert(FALSE, "a task ended twice")
         ELSE IF G2.shutdown THEN G2
              ELSE Dispatch([G2 EXCEPT !.order = Append(@, w)])

\* exits(w): the JVM has its SHUTDOWN frame and the pool has read its last frames.
Exits(w) == /\ shutdown /\ wire[w] = << >>
            /\ (now \/ \A v \in Workers : inflight[v] = {})

-----------------------------------------------------------------------------
CheckSubmit(g) ==
    /\ pcC[g] = "Submit"
    /\ IF sent[g] < Len(TasksOf(g))
         THEN \/ /\ Put(Submit(Cur, TasksOf(g)[sent[g] + 1]))
                 /\ sent' = [sent EXCEPT ![g] = @ + 1]
                 /\ UNCHANGED <<pcC, pcW>>
              \/ /\ sent[g] > 0
                 /\ Put(Interrupt(Cur, g))
                 /\ pcC' = [pcC EXCEPT ![g] = "Done"]
                 /\ UNCHANGED <<sent, pcW>>
         ELSE /\ Put(Interrupt(Cur, g))
              /\ pcC' = [pcC EXCEPT ![g] = "Done"]
              /\ UNCHANGED <<sent, pcW>>

WorkerTake(w) ==
    /\ pcW[w] = "Take"
    /\ (jobs[w] # {} /\ ~now) \/ Exits(w)
    /\ IF Exits(w)
         THEN /\ Put(WorkerDied(Cur, w))
              /\ pcW' = [pcW EXCEPT ![w] = "Done"]
         ELSE LET t == MostUrgent(Cur, jobs[w])
                  G1 == [Cur EXCEPT !.jobs[w] = @ \ {t}]
              IN IF t \in cancelled
                   THEN /\ Put([G1 EXCEPT !.wire[w] = Append(@, <<t, "cancelled">>)])
                        /\ UNCHANGED pcW
                   ELSE /\ Assert(t \notin cancelled /\ outcome[t] = "none",
                                  "a cancelled or ended task is started")
                        /\ Put([G1 EXCEPT !.running[w] = t,
                                          !.wire[w] = Append(@, <<t, "started">>),
                                          !.starts[t] = IF CHECK_STARTS THEN @ + 1 ELSE @])
                        /\ pcW' = [pcW EXCEPT ![w] = "Run"]
    /\ UNCHANGED <<pcC, sent>>

WorkerRun(w) ==
    /\ pcW[w] = "Run"
    /\ \/ LET t == running[w]
          IN /\ Put([Cur EXCEPT !.running[w] = None,
                                !.wire[w] = Append(@, <<t, IF t \in cancelled THEN "cancelled"
                                                                             ELSE "completed">>)])
             /\ pcW' = [pcW EXCEPT ![w] = "Take"]
       \/ /\ crashes < CRASHES /\ wire[w] = << >>
          /\ LET G == WorkerDied([Cur EXCEPT !.crashes = @ + 1], w)
             IN /\ Put(G)
                /\ pcW' = [pcW EXCEPT ![w] = IF G.shutdown THEN "Done" ELSE "Take"]
    /\ UNCHANGED <<pcC, sent>>

Receive(w) ==
    /\ wire[w] # << >>
    /\ LET t == Head(wire[w])[1]
           kind == Head(wire[w])[2]
           G1 == [Cur EXCEPT !.wire[w] = Tail(@)]
       IN /\ Assert(t \in inflight[w], "a frame for a task the pool does not know")
          /\ IF kind = "started"
               THEN /\ Assert(current[w] = None, "a worker started two tasks at once")
                    /\ Put([G1 EXCEPT !.attempts[t] = @ + 1, !.current[w] = t])
               ELSE Put(Report(Dispatch([G1 EXCEPT !.inflight[w] = @ \ {t},
                                                   !.current[w] = IF @ = t THEN None ELSE @]),
                               t, IF t \in cancelled THEN "cancelled" ELSE kind))
    /\ UNCHANGED <<pcC, sent, pcW>>

Shutdown ==
    /\ ~shutdown
    /\ IF \E t \in queue : outcome[t] # "none"
         THEN Assert(FALSE, "a task ended twice")
         ELSE Put([Cur EXCEPT !.shutdown = TRUE, !.cancelled = @ \cup queue,
                   !.outcome = [t \in Tasks |-> IF t \in queue THEN "cancelled" ELSE outcome[t]],
                   !.queue = {}])
    /\ UNCHANGED <<pcC, sent, pcW>>

ShutdownNow ==
    /\ ~shutdown
    /\ IF \E t \in queue : outcome[t] # "none"
         THEN Assert(FALSE, "a task ended twice")
         ELSE Put([Cur EXCEPT !.shutdown = TRUE, !.now = TRUE,
                   !.cancelled = @ \cup queue \cup UNION {inflight[w] : w \in Range(order)},
                   !.outcome = [t \in Tasks |-> IF t \in queue THEN "cancelled" ELSE outcome[t]],
                   !.queue = {}])
    /\ UNCHANGED <<pcC, sent, pcW>>

AllDone == (\A g \in TAGS : pcC[g] = "Done") /\ (\A w \in Workers : pcW[w] = "Done")

Terminating == AllDone /\ UNCHANGED vars

Next == \/ \E g \in TAGS : CheckSubmit(g)
        \/ \E w \in Workers : WorkerTake(w) \/ WorkerRun(w)
        \/ \E w \in Workers : Receive(w)
        \/ Shutdown
        \/ ShutdownNow
        \/ Terminating

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
Submitted(t) == seq[t] # None \/ outcome[t] # "none"
\* The frames on the wires, as <<worker, index>> pairs.
OnWire == UNION {{<<w, i>> : i \in 1..Len(wire[w])} : w \in Workers}
Replies(t) == {p \in OnWire : wire[p[1]][p[2]][1] = t /\ wire[p[1]][p[2]][2] # "started"}
Started(t) == {p \in OnWire : wire[p[1]][p[2]] = <<t, "started">>}
Places(t) == (IF t \in queue THEN 1 ELSE 0)
             + Cardinality({w \in Workers : t \in jobs[w]})
             + Cardinality({w \in Workers : running[w] = t})
             + Cardinality(Replies(t))
             + (IF outcome[t] # "none" THEN 1 ELSE 0)

AtMostWorkersRunning == Cardinality({t \in Tasks : \E w \in Workers : running[w] = t}) <= WORKERS
CapacityRespected == \A w \in Workers : Cardinality(inflight[w]) <= CAPACITY
ExactlyOnePlace == \A t \in Tasks : Places(t) = IF Submitted(t) THEN 1 ELSE 0
PoolKnowsWhatWorkersHold ==
    \A w \in Workers : inflight[w] = jobs[w] \cup {t \in Tasks : running[w] = t}
                                             \cup {wire[w][i][1] : i \in 1..Len(wire[w])}
PoolKnowsWhatRuns == \A w \in Workers : wire[w] = << >> => current[w] = running[w]
InterruptKeepsOtherTags ==
    \A t \in Tasks : (t \in cancelled \/ outcome[t] = "cancelled") => (Tag(t) \in interrupted \/ shutdown)
CancelledNeverWaits == \A t \in queue : t \notin cancelled
NothingWaitsAfterShutdown == shutdown => queue = {}
WaitingTasksHaveAttemptsLeft ==
    \A t \in Tasks : (t \in queue \/ \E w \in Workers : t \in jobs[w]) => attempts[t] < MAX_ATTEMPTS
AttemptsBounded == \A t \in Tasks : attempts[t] <= MAX_ATTEMPTS
FailsOnlyAfterMaxAttempts == \A t \in Tasks : outcome[t] = "failed" => attempts[t] = MAX_ATTEMPTS
EverySubmittedTaskEnds == AllDone => \A t \in Tasks : Submitted(t) => outcome[t] # "none"
CancelWins == CHECK_CANCEL_WINS => \A t \in Tasks : (outcome[t] # "none" /\ t \in cancelled) => outcome[t] = "cancelled"
AttemptsCountStarts == CHECK_STARTS => \A t \in Tasks : attempts[t] + Cardinality(Started(t)) = starts[t]
FailedTasksRan == CHECK_STARTS => \A t \in Tasks : outcome[t] = "failed" => starts[t] = attempts[t]
=============================================================================
