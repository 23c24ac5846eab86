#args: -3 /tmp/q_comm.a /tmp/q_comm.b
implement Comm;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Comm: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;
suppress := array[4] of {* => 0};
counts := array[4] of {* => 0};

writelist(name: string, items: list of string)
{
	b := bufio->create(name, Bufio->OWRITE, 8r644);
	if(b == nil){
		sys->fprint(stderr, "comm: cannot create %s: %r\n", name);
		raise "fail:create";
	}
	for(; items != nil; items = tl items)
		b.puts(hd items + "\n");
	b.close();
}

getline(b: ref Iobuf): string
{
	s := b.gets('\n');
	if(s != nil && s[len s-1] == '\n')
		s = s[:len s-1];
	return s;
}

emit(col: int, s: string)
{
	counts[col]++;
	if(suppress[col])
		return;
	tabs := "";
	for(c := 1; c < col; c++)
		if(!suppress[c])
			tabs += "\t";
	sys->print("%s%s\n", tabs, s);
}

comm(a, b: ref Iobuf)
{
	la := getline(a);
	lb := getline(b);
	prev := "";
	while(la != nil || lb != nil){
		if(lb == nil || (la != nil && la < lb)){
			if(la < prev)
				sys->fprint(stderr, "comm: file 1 is not sorted at %q\n", la);
			prev = la;
			emit(1, la);
			la = getline(a);
		}else if(la == nil || lb < la){
			emit(2, lb);
			lb = getline(b);
		}else{
			emit(3, la);
			prev = la;
			la = getline(a);
			lb = getline(b);
		}
	}
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	stderr = sys->fildes(2);

	writelist("/tmp/q_comm.a", "apple" :: "banana" :: "cherry" :: "date" :: "fig" :: "grape" :: "kiwi" :: nil);
	writelist("/tmp/q_comm.b", "banana" :: "cranberry" :: "date" :: "elderberry" :: "fig" :: "lime" :: "mango" :: nil);

	argv = tl argv;
	while(argv != nil && len hd argv > 1 && (hd argv)[0] == '-'){
		opt := hd argv;
		for(i := 1; i < len opt; i++){
			c := opt[i] - '0';
			if(c < 1 || c > 3){
				sys->fprint(stderr, "comm: bad option %s\n", opt);
				sys->fprint(stderr, "usage: comm [-123] file1 file2\n");
				raise "fail:usage";
			}
			suppress[c] = 1;
		}
		argv = tl argv;
	}
	if(len argv != 2){
		sys->fprint(stderr, "usage: comm [-123] file1 file2\n");
		raise "fail:usage";
	}
	fa := bufio->open(hd argv, Bufio->OREAD);
	fb := bufio->open(hd tl argv, Bufio->OREAD);
	if(fa == nil || fb == nil){
		sys->fprint(stderr, "comm: cannot open input\n");
		raise "fail:open";
	}
	comm(fa, fb);
	sys->print("only-1=%d only-2=%d both=%d\n", counts[1], counts[2], counts[3]);

	# all three columns, with an unsorted first file
	writelist("/tmp/q_comm.a", "pear" :: "apple" :: "zucchini" :: nil);
	suppress[3] = 0;
	counts = array[4] of {* => 0};
	comm(bufio->open("/tmp/q_comm.a", Bufio->OREAD), bufio->open("/tmp/q_comm.b", Bufio->OREAD));
	sys->print("only-1=%d only-2=%d both=%d\n", counts[1], counts[2], counts[3]);
}
