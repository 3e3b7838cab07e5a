"""Assignments as any province or level writes them (Decree 30/2020/NĐ-CP; Guidance 36-HD/VPTW), with
expectations written from ANNOTATION.md: one entry per body given a task; bodies that merely receive
the document ("Kính gửi", "Nơi nhận") or that a task reports to are not assignees."""

from __future__ import annotations

import pytest

from tests.conftest import check_assignments

PLAN = """ỦY BAN NHÂN DÂN TỈNH AN LẠC
Số: 12/KH-UBND
An Lạc, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Triển khai chuyển đổi số năm 2024

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng công tác.

"""
DECISION = """ỦY BAN NHÂN DÂN TỈNH AN LẠC
Số: 45/QĐ-UBND
An Lạc, ngày 05 tháng 3 năm 2024

QUYẾT ĐỊNH
Về việc ban hành Quy chế phối hợp

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN LẠC

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Theo đề nghị của Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""
PARTY = """TỈNH ỦY AN LẠC
Số: 30-KH/TU
An Lạc, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Thực hiện Chỉ thị về công tác dân vận

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng công tác dân vận.

"""
LETTER = """ỦY BAN NHÂN DÂN TỈNH AN LẠC
Số: 171/UBND-VX
V/v triển khai tháng hành động vì trẻ em
An Lạc, ngày 13 tháng 5 năm 2024

Kính gửi:
- Sở Giáo dục và Đào tạo;
- Sở Y tế;
- Ủy ban nhân dân các huyện, thị xã, thành phố.

"""
COMMUNE = """ỦY BAN NHÂN DÂN XÃ HÒA BÌNH
Số: 08/KH-UBND
Hòa Bình, ngày 10 tháng 8 năm 2025

KẾ HOẠCH
Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025

I. MỤC ĐÍCH, YÊU CẦU
Phát huy truyền thống đoàn kết.

"""
NOTICE = """ỦY BAN NHÂN DÂN TỈNH AN LẠC
Số: 88/TB-UBND
An Lạc, ngày 05 tháng 3 năm 2024

THÔNG BÁO
Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về dự án nhà ở xã hội

"""
PARTY_CONCLUSION = """TỈNH ỦY AN LẠC
Số: 45-KL/TU
An Lạc, ngày 05 tháng 3 năm 2024

KẾT LUẬN
Của Ban Thường vụ Tỉnh ủy về Đề án phát triển du lịch

"""
SIGN = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n"

# (id, opening, body of the text, bodies that must be assigned, bodies that must not be)
CASES = [
    ("giao_chu_tri_phoi_hop", PLAN, "II. TỔ CHỨC THỰC HIỆN\nGiao Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch chi tiết, hoàn thành trước ngày 30/4/2024.\n" + SIGN,
        ["Sở Thông tin và Truyền thông"], ["Kính gửi"]),
    ("chu_tri_semicolon_phoi_hop", PLAN, "II. TỔ CHỨC THỰC HIỆN\nSở Nội vụ chủ trì tổ chức kiểm tra việc thực hiện; Sở Tài chính, Sở Tư pháp phối hợp thực hiện.\n" + SIGN,
        ["Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp"], []),
    ("de_nghi", PLAN, "II. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế tổ chức tiêm chủng.\n2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tuyên truyền, vận động Nhân dân tham gia.\n" + SIGN,
        ["Sở Y tế", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"], []),
    ("yeu_cau", PLAN, "II. TỔ CHỨC THỰC HIỆN\nYêu cầu Giám đốc các sở, ban, ngành và Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố nghiêm túc triển khai thực hiện Kế hoạch này.\n" + SIGN,
        ["Giám đốc các sở, ban, ngành", "Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố"], []),
    ("co_trach_nhiem", PLAN, "II. TỔ CHỨC THỰC HIỆN\nSở Kế hoạch và Đầu tư có trách nhiệm tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.\n" + SIGN,
        ["Sở Kế hoạch và Đầu tư"], ["Ủy ban nhân dân tỉnh"]),
    ("tham_muu", PLAN, "II. TỔ CHỨC THỰC HIỆN\nSở Nội vụ tham mưu Ủy ban nhân dân tỉnh tổ chức sơ kết việc thực hiện Kế hoạch.\n" + SIGN,
        ["Sở Nội vụ"], ["Ủy ban nhân dân tỉnh"]),
    ("dieu3_thi_hanh", DECISION, "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở: Nội vụ, Tài chính, Tư pháp; Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này./.\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n" + SIGN,
        ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Chủ tịch Ủy ban nhân dân các xã, phường"], ["Lưu"]),
    ("numbered_subsections", PLAN, "II. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ:\n- Chủ trì hướng dẫn, theo dõi việc thực hiện Kế hoạch.\n- Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.\n2. Sở Tài chính:\nBố trí kinh phí thực hiện Kế hoạch.\n3. Ủy ban nhân dân các huyện, thị xã, thành phố:\nXây dựng kế hoạch cụ thể tại địa phương.\n" + SIGN,
        ["Sở Nội vụ", "Sở Tài chính", "Ủy ban nhân dân các huyện, thị xã, thành phố"], []),
    ("party_dash_heads", PARTY, "III. TỔ CHỨC THỰC HIỆN\n- Ban Tuyên giáo Tỉnh ủy: chủ trì, hướng dẫn tuyên truyền việc thực hiện Kế hoạch.\n- Ban Dân vận Tỉnh ủy: theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Tỉnh ủy.\n- Các huyện ủy, thị ủy, thành ủy: xây dựng kế hoạch thực hiện.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nTrần Văn Bình\n",
        ["Ban Tuyên giáo Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Các huyện ủy, thị ủy, thành ủy"], []),
    ("list_one_per_body", PLAN, "II. TỔ CHỨC THỰC HIỆN\nGiao Sở Giáo dục và Đào tạo, Sở Y tế, Sở Lao động - Thương binh và Xã hội tổ chức thực hiện các nội dung thuộc lĩnh vực quản lý.\n" + SIGN,
        ["Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Lao động - Thương binh và Xã hội"], []),
    ("kinh_gui_not_assignees", LETTER, "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở Giáo dục và Đào tạo chủ trì tổ chức các hoạt động hưởng ứng Tháng hành động vì trẻ em.\n" + SIGN,
        ["Sở Giáo dục và Đào tạo"], ["Sở Y tế"]),
    ("commune_2025", COMMUNE, "II. TỔ CHỨC THỰC HIỆN\n1. Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì tổ chức Ngày hội tại các thôn.\n2. Đoàn Thanh niên Cộng sản Hồ Chí Minh xã phối hợp tổ chức các hoạt động văn hóa, thể thao.\n3. Hội Liên hiệp Phụ nữ xã vận động hội viên tham gia.\n4. Công an xã đảm bảo an ninh trật tự.\n" + SIGN,
        ["Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "Hội Liên hiệp Phụ nữ xã", "Công an xã"], []),
    ("dang_uy_xa", COMMUNE, "II. TỔ CHỨC THỰC HIỆN\nĐề nghị Đảng ủy xã lãnh đạo, chỉ đạo việc tổ chức Ngày hội. Giao Văn phòng HĐND và UBND xã bố trí kinh phí.\n" + SIGN,
        ["Đảng ủy xã", "Văn phòng HĐND và UBND xã"], []),
    ("closing_formula", PLAN, "II. TỔ CHỨC THỰC HIỆN\nSở Nội vụ theo dõi, đôn đốc việc thực hiện.\nTrên đây là Kế hoạch triển khai chuyển đổi số năm 2024, đề nghị các đơn vị triển khai thực hiện./.\n" + SIGN,
        ["Sở Nội vụ"], ["các đơn vị"]),
    ("phan_cong", PARTY, "III. TỔ CHỨC THỰC HIỆN\nPhân công Ban Dân vận Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kế hoạch, định kỳ báo cáo Thường trực Tỉnh ủy.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nTrần Văn Bình\n",
        ["Ban Dân vận Tỉnh ủy"], ["Thường trực Tỉnh ủy"]),
    ("letter_items", PLAN, "II. TỔ CHỨC THỰC HIỆN\na) Sở Xây dựng: hướng dẫn các địa phương thực hiện.\nb) Sở Tài chính: thẩm định, bố trí kinh phí.\n" + SIGN,
        ["Sở Xây dựng", "Sở Tài chính"], []),
    ("abbreviated_names", PLAN, "II. TỔ CHỨC THỰC HIỆN\n1. Sở VHTTDL chủ trì tổ chức các hoạt động tuyên truyền.\n2. UBND các xã, phường xây dựng kế hoạch thực hiện tại địa phương.\n" + SIGN,
        ["Sở VHTTDL", "UBND các xã, phường"], []),
    ("can_cu_chuc_nang", PLAN, "II. TỔ CHỨC THỰC HIỆN\nThủ trưởng các sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thành phố căn cứ Kế hoạch này xây dựng kế hoạch cụ thể để triển khai thực hiện.\n" + SIGN,
        ["Thủ trưởng các sở, ban, ngành tỉnh", "Chủ tịch Ủy ban nhân dân các huyện, thành phố"], []),
    ("party_organs", PARTY, "III. TỔ CHỨC THỰC HIỆN\n1. Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy tổ chức quán triệt Kế hoạch.\n2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể chính trị - xã hội tỉnh phối hợp tuyên truyền, vận động đoàn viên, hội viên.\n3. Ban Thường vụ Tỉnh đoàn chỉ đạo các cơ sở Đoàn tổ chức ra quân.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nTrần Văn Bình\n",
        ["Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ban Thường vụ Tỉnh đoàn"], []),
    ("commune_divisions_2025", COMMUNE, "II. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa - Xã hội xã chủ trì, tham mưu Ủy ban nhân dân xã tổ chức Ngày hội.\n2. Phòng Kinh tế xã phối hợp bố trí địa điểm.\n3. Trung tâm Phục vụ hành chính công xã hỗ trợ người dân đăng ký tham gia.\n" + SIGN,
        ["Phòng Văn hóa - Xã hội xã", "Phòng Kinh tế xã", "Trung tâm Phục vụ hành chính công xã"], ["Ủy ban nhân dân xã"]),
    ("noi_nhan_not_assignees", PLAN, "II. TỔ CHỨC THỰC HIỆN\nSở Nội vụ theo dõi, tổng hợp kết quả thực hiện./.\n\nNơi nhận:\n- Thường trực Tỉnh ủy;\n- Bộ Thông tin và Truyền thông;\n- Sở Tài chính;\n- Lưu: VT.\n" + SIGN,
        ["Sở Nội vụ"], ["Thường trực Tỉnh ủy", "Bộ Thông tin và Truyền thông", "Sở Tài chính"]),
    ("directive_yeu_cau_colon", PLAN.replace("KẾ HOẠCH", "CHỈ THỊ").replace("KH-UBND", "CT-UBND"), "Để thực hiện tốt công tác phòng, chống thiên tai, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n1. Giám đốc Sở Nông nghiệp và Môi trường chủ trì theo dõi diễn biến thời tiết, kịp thời tham mưu ứng phó.\n2. Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh sẵn sàng lực lượng, phương tiện cứu hộ, cứu nạn.\n" + SIGN,
        ["Giám đốc Sở Nông nghiệp và Môi trường", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"], ["Chủ tịch Ủy ban nhân dân tỉnh"]),
    ("giao_then_de_nghi_one_line", PLAN, "II. TỔ CHỨC THỰC HIỆN\nGiao Công an tỉnh hướng dẫn, kiểm tra việc thực hiện. Đề nghị Hội Cựu chiến binh tỉnh, Hội Nông dân tỉnh vận động hội viên tham gia.\n" + SIGN,
        ["Công an tỉnh", "Hội Cựu chiến binh tỉnh", "Hội Nông dân tỉnh"], []),
    ("decree_heads_of_bodies", DECISION, "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Chánh Thanh tra tỉnh, Cục trưởng Cục Thống kê tỉnh, Hiệu trưởng Trường Chính trị tỉnh chịu trách nhiệm thi hành Quyết định này./.\n" + SIGN,
        ["Chánh Văn phòng Ủy ban nhân dân tỉnh", "Chánh Thanh tra tỉnh", "Cục trưởng Cục Thống kê tỉnh", "Hiệu trưởng Trường Chính trị tỉnh"], []),
    ("bold_headed_bodies", PLAN, "**II. TỔ CHỨC THỰC HIỆN**\n**1. Sở Nội vụ**\nChủ trì, hướng dẫn các đơn vị triển khai thực hiện.\n**2. Sở Tài chính**\nBảo đảm kinh phí thực hiện.\n" + SIGN,
        ["Sở Nội vụ", "Sở Tài chính"], []),
    ("trach_nhiem_cua_heading", PLAN, "II. TỔ CHỨC THỰC HIỆN\n1. Trách nhiệm của Sở Nội vụ\nTheo dõi, đôn đốc, tổng hợp kết quả thực hiện.\n2. Trách nhiệm của Ủy ban nhân dân các xã, phường, đặc khu\nXây dựng kế hoạch triển khai tại địa phương.\n" + SIGN,
        ["Sở Nội vụ", "Ủy ban nhân dân các xã, phường, đặc khu"], []),
    ("giao_cho", COMMUNE, "II. TỔ CHỨC THỰC HIỆN\nGiao cho Phòng Văn hóa - Xã hội xã hướng dẫn các thôn tổ chức Ngày hội.\n" + SIGN,
        ["Phòng Văn hóa - Xã hội xã"], []),
    ("plus_bullets", COMMUNE, "II. TỔ CHỨC THỰC HIỆN\n+ Công an xã: bảo đảm an ninh, trật tự trong thời gian tổ chức.\n+ Trạm Y tế xã: bố trí cán bộ trực y tế.\n" + SIGN,
        ["Công an xã", "Trạm Y tế xã"], []),
    ("report_to_not_assignee", PLAN, "II. TỔ CHỨC THỰC HIỆN\nCác sở, ban, ngành tỉnh định kỳ 6 tháng báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) để tổng hợp.\n" + SIGN,
        ["Các sở, ban, ngành tỉnh"], ["Ủy ban nhân dân tỉnh", "Sở Nội vụ"]),
    ("party_cells_2025", PARTY.replace("TỈNH ỦY AN LẠC", "ĐẢNG ỦY XÃ HÒA BÌNH").replace("30-KH/TU", "15-KH/ĐU"), "III. TỔ CHỨC THỰC HIỆN\n1. Các chi bộ trực thuộc Đảng ủy xã tổ chức quán triệt đến đảng viên.\n2. Ủy ban Kiểm tra Đảng ủy xã kiểm tra, giám sát việc thực hiện.\n3. Văn phòng Đảng ủy xã theo dõi, tổng hợp, báo cáo Ban Thường vụ Đảng ủy xã.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nLê Văn Cường\n",
        ["Các chi bộ trực thuộc Đảng ủy xã", "Ủy ban Kiểm tra Đảng ủy xã", "Văn phòng Đảng ủy xã"], ["Ban Thường vụ Đảng ủy xã"]),
    ("phan_cong_nhiem_vu_heading", PLAN.replace("I. MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH"), "II. PHÂN CÔNG NHIỆM VỤ\n1. Sở Tư pháp chủ trì tổ chức tuyên truyền, phổ biến pháp luật.\n2. Báo An Lạc, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục tuyên truyền.\n" + SIGN,
        ["Sở Tư pháp", "Báo An Lạc", "Đài Phát thanh và Truyền hình tỉnh"], []),
    ("dieu2_giao", DECISION.replace("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n", "Điều 2. Giao Sở Nội vụ hướng dẫn, theo dõi, kiểm tra việc thực hiện Quy chế.\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.\n"), SIGN,
        ["Sở Nội vụ"], []),
    ("mttq_abbreviated_commune", COMMUNE, "II. TỔ CHỨC THỰC HIỆN\nĐề nghị Ban Thường trực UBMTTQ Việt Nam xã phối hợp với các đoàn thể vận động Nhân dân tham gia.\n" + SIGN,
        ["Ban Thường trực UBMTTQ Việt Nam xã"], []),
    ("notice_of_conclusions", NOTICE, "Ngày 01/3/2024, đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp. Tham dự có lãnh đạo Sở Tài chính, Sở Xây dựng.\nSau khi nghe báo cáo, Phó Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:\n1. Giao Sở Xây dựng chủ trì, hoàn thiện hồ sơ, trình Ủy ban nhân dân tỉnh trước ngày 15/3/2024.\n2. Sở Tài chính thẩm định dự toán.\n" + SIGN,
        ["Sở Xây dựng", "Sở Tài chính"], ["đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh", "Phó Chủ tịch Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"]),
    ("letter_opinion_of_the_chair", LETTER, "Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:\n1. Giao Sở Giáo dục và Đào tạo chủ trì hướng dẫn các trường học tổ chức các hoạt động.\n2. Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo các xã, phường triển khai thực hiện.\n" + SIGN,
        ["Sở Giáo dục và Đào tạo", "Ủy ban nhân dân các huyện, thị xã, thành phố"], ["Chủ tịch Ủy ban nhân dân tỉnh"]),
    ("chairing_a_conference_is_a_task_in_a_plan", PLAN, "II. TỔ CHỨC THỰC HIỆN\nSở Y tế chủ trì hội nghị sơ kết vào tháng 6/2024.\n" + SIGN,
        ["Sở Y tế"], []),
    ("unions_sharing_a_level", COMMUNE, "II. TỔ CHỨC THỰC HIỆN\nĐề nghị Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh xã vận động đoàn viên, hội viên tham gia.\n" + SIGN,
        ["Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ", "Hội Nông dân", "Hội Cựu chiến binh xã"], []),
    ("party_conclusion_giao_colon", PARTY_CONCLUSION, "Ban Thường vụ Tỉnh ủy kết luận như sau:\n1. Thống nhất thông qua dự thảo Đề án.\n2. Giao:\n- Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo Hội đồng nhân dân tỉnh ban hành Nghị quyết.\n- Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo tổ chức thực hiện.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nTrần Văn Bình\n",
        ["Đảng đoàn Hội đồng nhân dân tỉnh", "Ban cán sự đảng Ủy ban nhân dân tỉnh"], ["Ban Thường vụ Tỉnh ủy", "Hội đồng nhân dân tỉnh"]),
    ("doi_voi_headings", PLAN, "II. TỔ CHỨC THỰC HIỆN\n1. Đối với Sở Nội vụ:\nHướng dẫn, kiểm tra việc thực hiện.\n2. Đối với Ủy ban nhân dân các xã, phường:\nTriển khai thực hiện tại địa phương.\n" + SIGN,
        ["Sở Nội vụ", "Ủy ban nhân dân các xã, phường"], []),
    ("de_nghi_heading_over_bodies", PLAN, "II. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ hướng dẫn thực hiện.\n2. Đề nghị:\n- Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh giám sát việc thực hiện.\n- Liên đoàn Lao động tỉnh tuyên truyền đến đoàn viên công đoàn.\n" + SIGN,
        ["Sở Nội vụ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Liên đoàn Lao động tỉnh"], []),
    ("request_after_semicolon", PLAN, "II. TỔ CHỨC THỰC HIỆN\nỦy ban nhân dân tỉnh giao Sở Nội vụ chủ trì theo dõi việc thực hiện; yêu cầu Thủ trưởng các sở, ngành nghiêm túc thực hiện.\n" + SIGN,
        ["Sở Nội vụ", "Thủ trưởng các sở, ngành"], ["Ủy ban nhân dân tỉnh"]),
    ("party_system_every_level", PARTY, "III. TỔ CHỨC THỰC HIỆN\nCấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội các cấp tổ chức quán triệt, triển khai thực hiện.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nTrần Văn Bình\n",
        ["Cấp ủy", "chính quyền", "Mặt trận Tổ quốc", "các đoàn thể chính trị - xã hội các cấp"], []),
]


@pytest.mark.parametrize("opening, text, assigned, not_assigned", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_assignments_as_provinces_write_them(opening, text, assigned, not_assigned, nlp):
    check_assignments(opening + text, assigned, not_assigned, nlp)
