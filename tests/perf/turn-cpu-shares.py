#!/usr/bin/env python3
# Where a turn's CPU goes, from `perf script` of a bot profiled with `perf record -e cpu-clock -g` (README, "turn6"):
# each running sample is charged to the innermost frame that names a part of the turn (kernel and runtime frames charged to their caller).
# usage: perf script -i perf.data | python3 tests/perf/turn-cpu-shares.py
import sys, re, collections
rules = [
 ('read: prepared reads (SQLite statements)', r'PreparedReads|SqliteTurnReads'),
 ('EF connection: taken from / given back to the pool', r'EfConnectionHold|ConnectionHoldInterceptor|SqliteConnectionPool|SqliteConnection::(Open|Close)|RelationalConnection::(Open|Close)|SqliteConnectionInternal'),
 ('writes: built by EF, group commit, SQLite', r'GroupCommit|ExecuteSql|ExecuteUpdate|ExecuteDelete|QueryCompiler|RelationalCommand|Microsoft\.EntityFrameworkCore'),
 ('reply: POST to the connector (HttpClient, sockets)', r'ConnectorClient|System\.Net\.Http|Microsoft\.Extensions\.Http'),
 ('reply: card and its JSON', r'InternalTthc\.Cards|CardReplies|System\.Text\.Json'),
 ('request: activity read and parsed', r'ActivityRequestReader'),
 ('turn: steps, states, who writes (our other code)', r'InternalTthc\.'),
 ('request: Kestrel, middleware, routing, response', r'Microsoft\.AspNetCore|Kestrel'),
 ('DI scope / logging / options', r'Microsoft\.Extensions\.(DependencyInjection|Logging|Options)'),
 ('sockets (epoll thread, managed)', r'System\.Net\.Sockets'),
]
rules = [(n, re.compile(p)) for n, p in rules]
counts = collections.Counter(); total = 0; stack = []
def flush():
    global total
    if not stack: return
    total += 1
    for f in stack:
        for n, p in rules:
            if p.search(f): counts[n] += 1; return
    s = '\n'.join(stack)
    if re.search(r'LowLevelLifoSemaphore|LowLevelSpinWaiter', s) or ('WorkerDoWork' in s and 'Dispatch' not in s): counts['thread pool: idle workers spinning'] += 1
    elif 'libclrjit' in s: counts['JIT'] += 1
    elif 'System.Private.CoreLib' in s or 'perf-' in s: counts['runtime: thread pool dispatch, timers, tasks'] += 1
    elif 'libcoreclr' in s: counts['runtime native (GC, allocation, stubs)'] += 1
    elif 'sqlite' in s.lower(): counts['SQLite, caller unknown'] += 1
    else: counts['kernel and libc alone (stack cut at libc: send/recv/epoll/futex)'] += 1
for line in sys.stdin:
    if not line.strip(): flush(); stack = []; continue
    if line[0] not in ' \t': continue
    stack.append(line.strip())
flush()
for n, c in counts.most_common(): print(f'{100*c/total:5.1f} %  {n}')
print(f'{total} samples')
