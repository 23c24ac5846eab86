#args: -t : -k 3 -n -r /tmp/q_sort.in
implement Sort;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Sort: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

nflag, rflag, uflag, fflag: int;
keyfield := 0;
sep := -1;
stderr: ref Sys->FD;

Line: adt {
	text:	string;
	key:	string;
	num:	real;
};

usage()
{
	sys->fprint(stderr, "usage: sort [-nruf] [-t c] [-k field] [file]\n");
	raise "fail:usage";
}

field(s: string, k: int): string
{
	if(k <= 0)
		return s;
	i := 0;
	for(f := 1; f < k; f++){
		if(sep >= 0){
			while(i < len s && s[i] != sep)
				i++;
			if(i < len s)
				i++;
		}else{
			while(i < len s && (s[i] == ' ' || s[i] == '\t'))
				i++;
			while(i < len s && s[i] != ' ' && s[i] != '\t')
				i++;
		}
	}
	if(sep < 0)
		while(i < len s && (s[i] == ' ' || s[i] == '\t'))
			i++;
	j := i;
	while(j < len s && s[j] != sep && (sep >= 0 || (s[j] != ' ' && s[j] != '\t')))
		j++;
	return s[i:j];
}

tolower(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] >= 'A' && s[i] <= 'Z')
			s[i] += 'a' - 'A';
	return s;
}

cmp(a, b: ref Line): int
{
	c := 0;
	if(nflag){
		if(a.num < b.num)
			c = -1;
		else if(a.num > b.num)
			c = 1;
	}else if(a.key < b.key)
		c = -1;
	else if(a.key > b.key)
		c = 1;
	if(rflag)
		c = -c;
	return c;
}

# stable merge sort
msort(a, tmp: array of ref Line)
{
	if(len a < 2)
		return;
	m := len a / 2;
	msort(a[0:m], tmp[0:m]);
	msort(a[m:], tmp[m:]);
	i := 0; j := m; k := 0;
	while(i < m && j < len a){
		if(cmp(a[j], a[i]) < 0)
			tmp[k++] = a[j++];
		else
			tmp[k++] = a[i++];
	}
	while(i < m)
		tmp[k++] = a[i++];
	while(j < len a)
		tmp[k++] = a[j++];
	a[0:] = tmp[0:k];
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	stderr = sys->fildes(2);

	data := "root:x:0:0:Super User:/:/bin/rc\n" +
		"glenda:x:1000:100:Glenda:/usr/glenda:/bin/rc\n" +
		"bob:x:27:100:Bob:/usr/bob:/bin/sh\n" +
		"alice:x:1001:100:Alice:/usr/alice:/bin/sh\n" +
		"daemon:x:1:1:Daemon:/:/bin/false\n" +
		"carol:x:27:100:Carol:/usr/carol:/bin/rc\n" +
		"Zed:x:300:100:Zed:/usr/zed:/bin/sh\n";
	fd := sys->create("/tmp/q_sort.in", Sys->OWRITE, 8r644);
	sys->fprint(fd, "%s", data);
	fd = nil;

	argv = tl argv;
	for(; argv != nil && (hd argv)[0] == '-'; argv = tl argv){
		case hd argv {
		"-n" => nflag = 1;
		"-r" => rflag = 1;
		"-u" => uflag = 1;
		"-f" => fflag = 1;
		"-t" or "-k" =>
			opt := hd argv;
			argv = tl argv;
			if(argv == nil)
				usage();
			if(opt == "-t")
				sep = (hd argv)[0];
			else
				keyfield = int hd argv;
		* =>
			sys->fprint(stderr, "sort: bad flag %s\n", hd argv);
			usage();
		}
	}
	in: ref Iobuf;
	if(argv == nil)
		in = bufio->fopen(sys->fildes(0), Bufio->OREAD);
	else
		in = bufio->open(hd argv, Bufio->OREAD);
	if(in == nil){
		sys->fprint(stderr, "sort: cannot open input: %r\n");
		raise "fail:open";
	}
	lines := array[4] of ref Line;
	n := 0;
	while((s := in.gets('\n')) != nil){
		if(s[len s-1] == '\n')
			s = s[0:len s-1];
		k := field(s, keyfield);
		if(fflag)
			k = tolower(k);
		if(n == len lines){
			nl := array[2*n] of ref Line;
			nl[0:] = lines;
			lines = nl;
		}
		lines[n++] = ref Line(s, k, real k);
	}
	lines = lines[0:n];
	msort(lines, array[n] of ref Line);
	prev: ref Line;
	for(i := 0; i < n; i++){
		if(uflag && prev != nil && cmp(prev, lines[i]) == 0)
			continue;
		sys->print("%s\n", lines[i].text);
		prev = lines[i];
	}
	mode := "lexical";
	if(nflag)
		mode = "numeric";
	if(rflag)
		mode += ", reversed";
	sys->print("-- sorted %d lines on field %d (%s)\n", n, keyfield, mode);
}
