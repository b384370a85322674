"""The Action Team demo's words in the seven languages (written for the demo, not machine-translated)."""

# Messages are kept one per line, as a translator reads them.
# ruff: noqa: E501

LEVELS = [
    (1, "Leader", "Brings others along and takes on tasks."),
    (2, "Supporter", "Agrees and will act when asked."),
    (3, "Undecided", "Has questions; not sure yet."),
    (4, "Unsupportive", "Doubts that acting together will help."),
    (5, "Opposed", "Against the union's position."),
]

ISSUES = [
    "Class size",
    "Building safety",
    "Ventilation",
    "Pay and benefits",
    "Planning time",
    "Special education staffing",
    "Substitute coverage",
    "Family engagement",
]

# (title, kind, days ago started, script, messages by language)
PAST_CAMPAIGN = {
    "title": "Reopening vote: can you come on Thursday?",
    "script": "Say who you are, tell them about Thursday's vote on the reopening plan, ask if they can come.",
    "questions": "Can you come on Thursday? Is anything unsafe in your building right now?",
    "messages": {
        "en": "The union votes on the reopening plan Thursday at 4 pm in the Central High auditorium. Can you come?",
        "es": "El sindicato vota el plan de reapertura el jueves a las 4 pm en el auditorio de Central High. ¿Puedes venir?",
        "ht": "Sendika a ap vote plan pou relouvri lekòl yo jedi a 4è nan oditoryòm Central High. Èske ou ka vini?",
        "pt": "O sindicato vota o plano de reabertura na quinta às 16h no auditório da Central High. Você pode vir?",
        "vi": "Công đoàn bỏ phiếu về kế hoạch mở cửa lại vào thứ Năm lúc 4 giờ chiều tại hội trường Central High. Bạn đến được không?",
        "zh-hans": "工会将于周四下午4点在中央高中礼堂就复课计划投票。你能来吗？",
        "ar": "تصوّت النقابة على خطة إعادة الفتح يوم الخميس الساعة الرابعة مساءً في قاعة Central High. هل يمكنك الحضور؟",
    },
}

RUNNING_CAMPAIGN = {
    "title": "Bargaining update: wear red on Friday",
    "script": "Tell them where bargaining stands and ask them to wear red on Friday. Write down any issue they raise.",
    "questions": "Will you wear red on Friday? What matters most to you in this contract?",
    "messages": {
        "en": "Bargaining update: the district has not moved on class size. Wear red on Friday to show we stand together.",
        "es": "Novedades de la negociación: el distrito no ha cedido en el tamaño de las clases. Vístete de rojo el viernes para mostrar que estamos unidos.",
        "ht": "Nouvèl negosyasyon: distri a pa chanje anyen sou gwosè klas yo. Mete wouj vandredi pou montre nou ansanm.",
        "pt": "Notícias da negociação: o distrito não cedeu no tamanho das turmas. Vista vermelho na sexta para mostrar que estamos juntos.",
        "vi": "Tin thương lượng: học khu vẫn chưa nhượng bộ về sĩ số lớp. Hãy mặc áo đỏ vào thứ Sáu để thể hiện chúng ta đoàn kết.",
        "zh-hans": "谈判最新消息：学区在班级人数上仍未让步。请在周五穿红色衣服，表明我们团结一致。",
        "ar": "آخر أخبار المفاوضات: لم تتراجع المنطقة التعليمية بشأن حجم الصفوف. ارتدِ الأحمر يوم الجمعة لنُظهر أننا معًا.",
    },
}

DRILL = {"title": "Phone tree drill", "script": "This is a drill: just check that the number works and say hello."}

FIRST_NAMES = {
    "en": ["James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "David", "Linda", "Keisha", "Andre"],
    "es": ["José", "María", "Luis", "Carmen", "Javier", "Lucía", "Miguel", "Rosa", "Alejandro", "Sofía"],
    "ht": ["Jean", "Marie", "Pierre", "Nadège", "Wisly", "Fabienne", "Jocelyn", "Ketly", "Frantz", "Guerline"],
    "pt": ["João", "Ana", "Paulo", "Fernanda", "Tiago", "Conceição", "Rui", "Beatriz", "Nuno", "Inês"],
    "vi": ["Anh", "Thảo", "Minh", "Lan", "Tuấn", "Hương", "Dũng", "Mai", "Quang", "Ngọc"],
    "zh-hans": ["伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "杰"],
    "ar": ["محمد", "فاطمة", "أحمد", "مريم", "علي", "خديجة", "يوسف", "ليلى", "عمر", "سارة"],
}
LAST_NAMES = {
    "en": ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor", "Moore"],
    "es": [
        "García",
        "Rodríguez",
        "Martínez",
        "Hernández",
        "López",
        "González",
        "Pérez",
        "Sánchez",
        "Ramírez",
        "Torres",
    ],
    "ht": ["Joseph", "Pierre", "Jean-Baptiste", "Charles", "Louis", "Desir", "Etienne", "Auguste", "Dorvil", "Noël"],
    "pt": ["Silva", "Santos", "Oliveira", "Souza", "Costa", "Pereira", "Almeida", "Ferreira", "Barbosa", "Rocha"],
    "vi": ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"],
    "zh-hans": ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"],
    "ar": ["حداد", "خوري", "منصور", "سعيد", "عبد الله", "حسن", "نصار", "يوسف", "سليمان", "عيسى"],
}
NOTES = [
    "Worried about class size next year.",
    "Asked when the next building meeting is.",
    "Will bring two colleagues to the vote.",
    "The boiler room door is broken again.",
    "Wants to know more about planning time.",
    "No substitute coverage this week: three classes combined.",
]
