implement Mbox;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Mbox: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Message: adt {
	from:	string;
	hdrs:	list of (string, string);
	body:	list of string;
	header:	fn(m: self ref Message, name: string): string;
	nbytes:	fn(m: self ref Message): int;
};

Message.header(m: self ref Message, name: string): string
{
	for(l := m.hdrs; l != nil; l = tl l){
		(h, v) := hd l;
		if(lower(h) == lower(name))
			return v;
	}
	return nil;
}

Message.nbytes(m: self ref Message): int
{
	n := 0;
	for(l := m.body; l != nil; l = tl l)
		n += len array of byte hd l;
	return n;
}

lower(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] >= 'A' && s[i] <= 'Z')
			s[i] += 'a'-'A';
	return s;
}

MBOX: con "/tmp/v022_mbox";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	out := bufio->create(MBOX, Bufio->OWRITE, 8r600);
	if(out == nil){
		sys->fprint(sys->fildes(2), "mbox: can't create %s: %r\n", MBOX);
		raise "fail:create";
	}
	out.puts("From glenda Mon Jan  1 00:00:00 2024\n");
	out.puts("From: glenda@plan9\nTo: rob\nSubject: lunch\n\nAre we on for lunch?\n>From the cafe.\n\n");
	out.puts("From rob Mon Jan  1 01:00:00 2024\n");
	out.puts("From: rob\nTo: glenda@plan9\nSubject: Re: lunch\nCC: ken\n\nYes.\n\n");
	out.puts("From ken Tue Jan  2 09:30:00 2024\n");
	out.puts("from: ken\nsubject: limbo\n  continued subject\n\nline one\nline two\nline three\n");
	out.close();

	msgs := split(MBOX);
	sys->print("%d messages\n", len msgs);
	i := 1;
	for(l := msgs; l != nil; l = tl l){
		m := hd l;
		sys->print("%d: envelope %q\n", i, m.from);
		sys->print("   from=%q subject=%q cc=%q\n", m.header("From"), m.header("subject"), m.header("Cc"));
		sys->print("   %d body lines, %d bytes\n", len m.body, m.nbytes());
		for(b := m.body; b != nil; b = tl b)
			sys->print("   | %s", hd b);
		i++;
	}
	sys->remove(MBOX);
}

split(file: string): list of ref Message
{
	f := bufio->open(file, Bufio->OREAD);
	if(f == nil)
		raise "fail:open";
	msgs: list of ref Message;
	cur: ref Message;
	inhdr := 0;
	lasthdr: string;
	while((s := f.gets('\n')) != nil){
		if(len s >= 5 && s[0:5] == "From "){
			if(cur != nil)
				msgs = finish(cur) :: msgs;
			cur = ref Message(s[5:len s-1], nil, nil);
			inhdr = 1;
			continue;
		}
		if(cur == nil)
			raise "fail:not an mbox";
		if(inhdr){
			if(s == "\n"){
				inhdr = 0;
				continue;
			}
			if(s[0] == ' ' || s[0] == '\t'){
				(h, v) := hd cur.hdrs;
				cur.hdrs = (h, v + " " + trim(s)) :: tl cur.hdrs;
				continue;
			}
			for(j := 0; j < len s; j++)
				if(s[j] == ':')
					break;
			lasthdr = s[0:j];
			cur.hdrs = (lasthdr, trim(s[j+1:])) :: cur.hdrs;
			continue;
		}
		if(len s > 5 && s[0:6] == ">From ")
			s = s[1:];
		cur.body = s :: cur.body;
	}
	if(cur != nil)
		msgs = finish(cur) :: msgs;
	r: list of ref Message;
	for(; msgs != nil; msgs = tl msgs)
		r = hd msgs :: r;
	return r;
}

finish(m: ref Message): ref Message
{
	# drop trailing blank line, reverse lists
	if(m.body != nil && hd m.body == "\n")
		m.body = tl m.body;
	b: list of string;
	for(l := m.body; l != nil; l = tl l)
		b = hd l :: b;
	m.body = b;
	h: list of (string, string);
	for(hl := m.hdrs; hl != nil; hl = tl hl)
		h = hd hl :: h;
	m.hdrs = h;
	return m;
}

trim(s: string): string
{
	i := 0;
	while(i < len s && (s[i] == ' ' || s[i] == '\t'))
		i++;
	j := len s;
	while(j > i && (s[j-1] == '\n' || s[j-1] == ' '))
		j--;
	return s[i:j];
}
