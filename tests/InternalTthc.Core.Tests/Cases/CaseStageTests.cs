using InternalTthc.Core.Cases;

namespace InternalTthc.Core.Tests.Cases;

/// <summary>A case of a procedure in stages moves only forward; a stale or crafted press is told why in plain words.</summary>
public sealed class CaseStageTests
{
    [Fact]
    public void A_move_back_or_past_the_last_stage_is_refused_saying_where_the_case_stands()
    {
        var c = CaseBuilder.InStatus(CaseStatus.Received);
        c.MoveToStage(CaseBuilder.Agent, CaseBuilder.Now, 3, "Đánh giá");
        Assert.Equal("Chỉ chuyển được sang giai đoạn 4, giai đoạn cuối.",
            Assert.Throws<WorkflowException>(() => c.MoveToStage(CaseBuilder.Agent, CaseBuilder.Now, 2, "Phối hợp")).Message);

        c.MoveToStage(CaseBuilder.Agent, CaseBuilder.Now, 4, "Báo cáo");
        Assert.Equal("Hồ sơ đã ở giai đoạn cuối.", Assert.Throws<WorkflowException>(() => c.MoveToStage(CaseBuilder.Agent, CaseBuilder.Now, 5, "?")).Message);
        Assert.Equal(4, c.Stage);
    }
}
