namespace InternalTthc.Core.Store;

/// <summary>A write waiting in <see cref="GroupCommit"/>'s queue, and its caller's result once its batch committed.</summary>
internal sealed record GroupCommitWrite(Func<TthcDbContext, CancellationToken, Task<int>> Run, bool Durable, CancellationToken CancellationToken)
{
    public TaskCompletionSource<int> Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The row a statement write writes (<see cref="GroupCommit.RunAsync"/>); null for a durable write.</summary>
    public string? Row { get; init; }

    /// <summary>The write as one statement, which PostgreSQL's batches send together; null for a durable write.</summary>
    public FormattableString? Statement { get; init; }

    /// <summary>Reads that ride in the batch's round trip when PostgreSQL sends it together; null for most writes.</summary>
    public ReadsAlong? Reads { get; init; }
}
