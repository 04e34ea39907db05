namespace SearchPlans.Ingest.Head;

/// <summary>
/// Provinces, and the cities and districts the text alone does not place (从化区 never names 广东). Used only
/// where the plan's own text names no province.
/// </summary>
internal static class Gazetteer
{
    public static readonly IReadOnlyDictionary<string, string> ProvinceFullNames = new Dictionary<string, string>
    {
        ["北京"] = "北京市", ["天津"] = "天津市", ["上海"] = "上海市", ["重庆"] = "重庆市",
        ["河北"] = "河北省", ["山西"] = "山西省", ["辽宁"] = "辽宁省", ["吉林"] = "吉林省", ["黑龙江"] = "黑龙江省",
        ["江苏"] = "江苏省", ["浙江"] = "浙江省", ["安徽"] = "安徽省", ["福建"] = "福建省", ["江西"] = "江西省",
        ["山东"] = "山东省", ["河南"] = "河南省", ["湖北"] = "湖北省", ["湖南"] = "湖南省", ["广东"] = "广东省",
        ["海南"] = "海南省", ["四川"] = "四川省", ["贵州"] = "贵州省", ["云南"] = "云南省", ["陕西"] = "陕西省",
        ["甘肃"] = "甘肃省", ["青海"] = "青海省", ["台湾"] = "台湾省", ["内蒙古"] = "内蒙古自治区",
        ["广西"] = "广西壮族自治区", ["西藏"] = "西藏自治区", ["宁夏"] = "宁夏回族自治区", ["新疆"] = "新疆维吾尔自治区",
    };

    private static readonly Dictionary<string, string> PlaceProvince = Build(new()
    {
        ["广东"] = ["广州", "深圳", "珠海", "汕头", "佛山", "韶关", "湛江", "肇庆", "江门", "茂名", "惠州", "梅州", "汕尾",
            "河源", "阳江", "清远", "东莞", "中山", "潮州", "揭阳", "云浮", "从化", "增城", "番禺", "花都", "南沙", "黄埔",
            "天河", "越秀", "海珠", "荔湾", "白云", "福田", "罗湖", "南山", "宝安", "龙岗", "顺德", "南海", "禅城", "英德", "连州"],
        ["浙江"] = ["杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州", "丽水", "庆元", "龙泉",
            "青田", "缙云", "遂昌", "松阳", "云和", "景宁", "义乌", "余杭", "萧山"],
        ["江苏"] = ["南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港", "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁"],
        ["福建"] = ["福州", "厦门", "莆田", "三明", "泉州", "漳州", "南平", "龙岩", "宁德"],
        ["山东"] = ["济南", "青岛", "淄博", "枣庄", "东营", "烟台", "潍坊", "济宁", "泰安", "威海", "日照", "临沂", "德州", "聊城", "滨州", "菏泽"],
        ["四川"] = ["成都", "绵阳", "德阳", "宜宾", "泸州", "南充", "乐山", "自贡", "攀枝花"],
        ["湖北"] = ["武汉", "宜昌", "襄阳", "荆州", "黄石", "十堰", "孝感", "黄冈"],
        ["湖南"] = ["长沙", "株洲", "湘潭", "衡阳", "岳阳", "常德", "郴州", "邵阳"],
        ["河南"] = ["郑州", "洛阳", "开封", "新乡", "安阳", "南阳", "许昌"],
        ["广西"] = ["南宁", "柳州", "桂林", "梧州", "北海"],
    });

    /// <summary>The province a place (河源市, 从化区, 江门市政府投资…中心) lies in, by the name it starts with.</summary>
    public static string? ProvinceOf(string place)
    {
        foreach (var (shortName, full) in ProvinceFullNames)
            if (place.StartsWith(shortName, StringComparison.Ordinal))
                return full;
        for (var length = Math.Min(place.Length, 3); length >= 2; length--)
            if (PlaceProvince.TryGetValue(place[..length], out var province))
                return province;
        return null;
    }

    private static Dictionary<string, string> Build(Dictionary<string, string[]> byProvince) =>
        byProvince.SelectMany(p => p.Value.Select(place => (place, province: ProvinceFullNames[p.Key])))
            .ToDictionary(x => x.place, x => x.province);
}
