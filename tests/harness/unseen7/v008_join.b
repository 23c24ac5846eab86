implement Join;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;

Join: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Rec: adt {
	key:	string;
	rest:	list of string;
};

F1: con "/tmp/v008_emp.txt";
F2: con "/tmp/v008_dept.txt";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	write(F1, "alice eng 50\nbob ops 40\ncarol eng 60\ndave sales 30\neve lab 45\n");
	write(F2, "eng 3rd-floor\nhr 1st-floor\nops basement\nsales 2nd-floor\n");
	emp := readrecs(F1, 2);
	dept := readrecs(F2, 1);
	sys->print("employees %d, departments %d\n", len emp, len dept);
	emp = sortrecs(emp);
	dept = sortrecs(dept);
	(matched, un1, un2) := join(emp, dept);
	for(l := matched; l != nil; l = tl l)
		sys->print("%s\n", hd l);
	for(l = un1; l != nil; l = tl l)
		sys->print("unpaired 1: %s\n", hd l);
	for(l = un2; l != nil; l = tl l)
		sys->print("unpaired 2: %s\n", hd l);
	sys->remove(F1);
	sys->remove(F2);
}

write(name, s: string)
{
	fd := sys->create(name, Sys->OWRITE, 8r644);
	if(fd == nil){
		sys->fprint(sys->fildes(2), "join: create %s: %r\n", name);
		raise "fail:create";
	}
	sys->fprint(fd, "%s", s);
}

readrecs(name: string, keyfield: int): array of Rec
{
	f := bufio->open(name, Bufio->OREAD);
	if(f == nil)
		raise "fail:open " + name;
	l: list of Rec;
	n := 0;
	while((s := f.gets('\n')) != nil){
		(nil, toks) := sys->tokenize(s, " \t\n");
		key := "";
		rest: list of string;
		i := 1;
		for(; toks != nil; toks = tl toks){
			if(i == keyfield)
				key = hd toks;
			else
				rest = hd toks :: rest;
			i++;
		}
		l = Rec(key, rev(rest)) :: l;
		n++;
	}
	a := array[n] of Rec;
	for(; l != nil; l = tl l)
		a[--n] = hd l;
	return a;
}

rev(l: list of string): list of string
{
	r: list of string;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

sortrecs(a: array of Rec): array of Rec
{
	for(i := 1; i < len a; i++){
		t := a[i];
		for(j := i; j > 0 && a[j-1].key > t.key; j--)
			a[j] = a[j-1];
		a[j] = t;
	}
	return a;
}

str(r: Rec): string
{
	s := r.key;
	for(l := r.rest; l != nil; l = tl l)
		s += " " + hd l;
	return s;
}

join(a, b: array of Rec): (list of string, list of string, list of string)
{
	m, u1, u2: list of string;
	i := 0;
	j := 0;
	while(i < len a || j < len b){
		if(j >= len b || (i < len a && a[i].key < b[j].key)){
			u1 = str(a[i++]) :: u1;
		}else if(i >= len a || b[j].key < a[i].key){
			u2 = str(b[j++]) :: u2;
		}else{
			# all a with this key join this b
			k := a[i].key;
			while(i < len a && a[i].key == k){
				s := str(a[i]);
				for(r := b[j].rest; r != nil; r = tl r)
					s += " " + hd r;
				m = s :: m;
				i++;
			}
			j++;
		}
	}
	return (rev(m), rev(u1), rev(u2));
}
