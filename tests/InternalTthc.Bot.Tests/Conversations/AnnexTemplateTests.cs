using System.Net;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Testing;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Conversations;

/// <summary>The Excel template of an annex list: linked from the form, downloaded over HTTP with the published columns.</summary>
public sealed class AnnexTemplateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_form_links_the_template_and_the_template_has_the_published_columns()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var chat = new ChatDriver(host.Services, "cto.daumoi");
        await chat.SayAsync("xin chào");
        await chat.PressAsync("Cấp mới hộp thư điện tử");
        Assert.Contains("\"type\":\"Action.OpenUrl\"", chat.LastCard.GetRawText());
        Assert.Contains("annex/cto-mailbox-new/individuals.xlsx", chat.LastCard.GetRawText());

        var response = await host.Client.GetAsync("annex/cto-mailbox-new/individuals.xlsx", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(AnnexTemplateEndpointsContentType, response.Content.Headers.ContentType!.MediaType);

        var field = host.Services.GetRequiredService<ProcedureCatalog>().Find("cto-mailbox-new")!.Form.Single(f => f.Name == "individuals");
        var read = AnnexWorkbook.Read(await response.Content.ReadAsStreamAsync(Ct), field, (_, _) => null, AnnexLimits.Default);
        Assert.Empty(read.Rows);
        Assert.Contains(read.Faults, f => f.Row is null && f.Column is null); // the empty template: "no data rows", not a missing column
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("annex/cto-mailbox-new/officialLetterNumber.xlsx", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("annex/khong-co/individuals.xlsx", Ct)).StatusCode);
        await CardSchema.AssertValidAsync(chat.Cards);
    }

    [Fact]
    public async Task A_filled_Excel_list_sent_in_chat_answers_the_annex_and_a_wrong_cell_is_named_by_row_and_column()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var chat = new ChatDriver(host.Services, "cto.daumoi");
        await chat.SayAsync("xin chào");
        await chat.PressAsync("Cấp mới hộp thư điện tử");
        var template = await host.Client.GetByteArrayAsync("annex/cto-mailbox-new/individuals.xlsx", Ct);

        await chat.SayAsync("", [await chat.UploadAsync("danh-sach.xlsx", AnnexTemplateEndpointsContentType, TestWorkbook.Fill(template, [["Nguyễn Văn Bình", "Sở Tài chính", "Phòng Kế hoạch", "Chuyên viên", "07912345678", "0912345678", ""]]))]);
        Assert.Contains("Số CMND/CCCD", chat.LastText);
        Assert.Contains("12 chữ số", chat.LastText);

        await chat.SayAsync("", [await chat.UploadAsync("danh-sach.xlsx", AnnexTemplateEndpointsContentType, TestWorkbook.Fill(template, [["Nguyễn Văn Bình", "Sở Tài chính", "Phòng Kế hoạch", "Chuyên viên", "079123456789", "0912345678", ""]]))]);
        // The uploaded row is shown cell by cell in the row editor's list.
        foreach (var cell in new[] { "Nguyễn Văn Bình", "Sở Tài chính", "Phòng Kế hoạch", "Chuyên viên", "079123456789", "0912345678" })
        {
            Assert.Contains(cell, chat.LastText);
        }
        await CardSchema.AssertValidAsync(chat.Cards);
    }

    private const string AnnexTemplateEndpointsContentType = InternalTthc.Bot.Conversations.Forms.AnnexTemplateEndpoints.ContentType;
}
