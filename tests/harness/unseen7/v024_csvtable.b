implement Csvtable;

include "sys.m";
	sys: Sys;
include "draw.m";

Csvtable: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Table: adt {
	rows:	list of array of string;
	ncol:	int;
	add:	fn(t: self ref Table, r: array of string);
	widths:	fn(t: self ref Table): array of int;
	print:	fn(t: self ref Table, numeric: array of int);
};

Table.add(t: self ref Table, r: array of string)
{
	t.rows = r :: t.rows;
	if(len r > t.ncol)
		t.ncol = len r;
}

Table.widths(t: self ref Table): array of int
{
	w := array[t.ncol] of {* => 0};
	for(l := t.rows; l != nil; l = tl l){
		r := hd l;
		for(i := 0; i < len r; i++)
			if(len r[i] > w[i])
				w[i] = len r[i];
	}
	return w;
}

Table.print(t: self ref Table, numeric: array of int)
{
	w := t.widths();
	sep := "+";
	for(i := 0; i < len w; i++)
		sep += dashes(w[i]+2) + "+";
	rows: list of array of string;
	for(l := t.rows; l != nil; l = tl l)
		rows = hd l :: rows;
	sys->print("%s\n", sep);
	first := 1;
	for(; rows != nil; rows = tl rows){
		r := hd rows;
		s := "|";
		for(i = 0; i < t.ncol; i++){
			f := "";
			if(i < len r)
				f = r[i];
			if(!first && numeric[i])
				s += sys->sprint(" %*s |", w[i], f);
			else
				s += sys->sprint(" %-*s |", w[i], f);
		}
		sys->print("%s\n", s);
		if(first)
			sys->print("%s\n", sep);
		first = 0;
	}
	sys->print("%s\n", sep);
}

dashes(n: int): string
{
	s := "";
	while(n-- > 0)
		s += "-";
	return s;
}

# parse one CSV record, with "quoted ""fields"""
parsecsv(s: string): array of string
{
	fields: list of string;
	f := "";
	i := 0;
	inq := 0;
	for(;;){
		if(i >= len s){
			if(inq)
				raise "fail:unterminated quote";
			fields = f :: fields;
			break;
		}
		c := s[i++];
		if(inq){
			if(c == '"'){
				if(i < len s && s[i] == '"'){
					f[len f] = '"';
					i++;
				}else
					inq = 0;
			}else
				f[len f] = c;
		}else case c {
		'"' =>
			inq = 1;
		',' =>
			fields = f :: fields;
			f = "";
		* =>
			f[len f] = c;
		}
	}
	a := array[len fields] of string;
	for(k := len a - 1; k >= 0; k--){
		a[k] = hd fields;
		fields = tl fields;
	}
	return a;
}

isnum(s: string): int
{
	if(s == "")
		return 0;
	for(i := 0; i < len s; i++)
		if(!(s[i] >= '0' && s[i] <= '9' || s[i] == '.' || s[i] == '-'))
			return 0;
	return 1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	csv := array[] of {
		"name,lang,lines,year",
		"limbo,\"C-like, typed\",12034,1995",
		"sh,\"says \"\"hi\"\"\",3001,1997",
		"acme,,22000,",
		"\"tk\",wish,870.5,1996",
		"short",
	};
	t := ref Table(nil, 0);
	for(i := 0; i < len csv; i++)
		t.add(parsecsv(csv[i]));
	numeric := array[t.ncol] of {* => 1};
	first := 1;
	for(l := t.rows; l != nil; l = tl l){
		r := hd l;
		if(tl l == nil)
			break;	# header is last in the reversed list
		for(k := 0; k < len r; k++)
			if(r[k] != "" && !isnum(r[k]))
				numeric[k] = 0;
		first = 0;
	}
	sys->print("%d columns; numeric:", t.ncol);
	for(k := 0; k < len numeric; k++)
		sys->print(" %d", numeric[k]);
	sys->print("\n");
	t.print(numeric);
	{
		parsecsv("a,\"b");
	} exception e {
	"fail:*" =>
		sys->print("csv: %s\n", e);
	}
}
