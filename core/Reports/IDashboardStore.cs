using InternalTthc.Core.Cases;

namespace InternalTthc.Core.Reports;

/// <summary>The dashboard's counts, each one query grouped in the store (indexed by scope and period), on either engine.</summary>
public interface IDashboardStore
{
    /// <summary>Cases filed in the period by their status now.</summary>
    Task<IReadOnlyDictionary<CaseStatus, int>> CountByStatusAsync(DashboardFilter filter, CancellationToken cancellationToken);

    /// <summary>Cases finished (resolved or rejected) in the period, grouped.</summary>
    Task<IReadOnlyList<FinishedGroup>> FinishedAsync(DashboardFilter filter, CancellationToken cancellationToken);

    /// <summary>Ratings of cases finished in the period: how many of each score.</summary>
    Task<IReadOnlyDictionary<int, int>> RatingsAsync(DashboardFilter filter, CancellationToken cancellationToken);

    /// <summary>Open cases past their running deadline now, whenever filed: how many, and the <paramref name="take"/> most overdue.</summary>
    Task<(int Total, IReadOnlyList<OverdueCase> First)> OverdueAsync(DashboardFilter filter, DateTimeOffset now, int take, CancellationToken cancellationToken);

    /// <summary>The answers of the cases of these procedures filed in the period (incidents: few, read whole).</summary>
    Task<IReadOnlyList<FormAnswers>> AnswersAsync(DashboardFilter filter, IReadOnlyCollection<string> procedureCodes, CancellationToken cancellationToken);
}
