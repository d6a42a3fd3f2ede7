using InternalTthc.Core.Understanding;

namespace InternalTthc.Core.Tests.Understanding;

/// <summary>Chat spellings of the brief meet their full forms; typos one edit away are corrected.</summary>
public sealed class CanonicalizerTests
{
    [Theory]
    [InlineData("quên mk", "quên mật khẩu")]
    [InlineData("quên pass", "quên mật khẩu")]
    [InlineData("quên password", "quên mật khẩu")]
    [InlineData("quên mật mã", "quên mật khẩu")]
    [InlineData("tk một cửa", "tài khoản một cửa")]
    [InlineData("acc một cửa", "tài khoản một cửa")]
    [InlineData("cấp email", "cấp hộp thư điện tử")]
    [InlineData("cấp e-mail", "cấp hộp thư điện tử")]
    [InlineData("cấp mail", "cấp hộp thư điện tử")]
    [InlineData("cấp thư", "cấp hộp thư điện tử")]
    [InlineData("cấp hòm thư", "cấp hộp thư điện tử")]
    [InlineData("gửi cv", "gửi công văn")]
    [InlineData("ko được", "không được")]
    [InlineData("k dc", "không được")]
    [InlineData("hok đc", "không được")]
    [InlineData("dti", "chuyển đổi số")]
    [InlineData("sc mạng", "sự cố mạng")]
    [InlineData("nhiễm virus", "nhiễm sự cố an toàn thông tin")]
    [InlineData("nhiễm mã độc", "nhiễm sự cố an toàn thông tin")]
    [InlineData("bị hack", "bị sự cố an toàn thông tin")]
    [InlineData("bị tấn công", "bị sự cố an toàn thông tin")]
    public void A_short_form_reads_as_its_full_form(string chat, string full) =>
        Assert.Equal(Canonicalizer.Words(full), Canonicalizer.Words(chat));

    [Fact]
    public void Folded_look_alikes_stay_apart()
    {
        // "thu hồi" (revoke) is not "thư" (mail), "mất" (lose) is not "mật" (secret), once concepts are joined.
        Assert.DoesNotContain("hop_thu_dien_tu", Canonicalizer.Words("thu hoi tai khoan"));
        Assert.Equal(["mat", "mat_khau"], Canonicalizer.Words("mất mật khẩu"));
    }
}
