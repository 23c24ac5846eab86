implement Diff;

include "sys.m";
	sys: Sys;
include "draw.m";

Diff: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Edit: adt {
	pick {
	Keep or Add or Del =>
		line:	string;
	}
};

lcsdiff(a, b: array of string): list of ref Edit
{
	n := len a;
	m := len b;
	t := array[n+1] of array of int;
	for(i := 0; i <= n; i++)
		t[i] = array[m+1] of {* => 0};
	for(i = n-1; i >= 0; i--)
		for(j := m-1; j >= 0; j--){
			if(a[i] == b[j])
				t[i][j] = t[i+1][j+1] + 1;
			else if(t[i+1][j] >= t[i][j+1])
				t[i][j] = t[i+1][j];
			else
				t[i][j] = t[i][j+1];
		}
	r: list of ref Edit;
	i = 0;
	j = 0;
	while(i < n || j < m){
		if(i < n && j < m && a[i] == b[j]){
			r = ref Edit.Keep(a[i]) :: r;
			i++;
			j++;
		}else if(j < m && (i == n || t[i][j+1] > t[i+1][j])){
			r = ref Edit.Add(b[j]) :: r;
			j++;
		}else{
			r = ref Edit.Del(a[i]) :: r;
			i++;
		}
	}
	out: list of ref Edit;
	for(; r != nil; r = tl r)
		out = hd r :: out;
	return out;
}

show(a, b: array of string)
{
	adds := 0;
	dels := 0;
	for(l := lcsdiff(a, b); l != nil; l = tl l){
		pick e := hd l {
		Keep =>
			sys->print("  %s\n", e.line);
		Add =>
			sys->print("+ %s\n", e.line);
			adds++;
		Del =>
			sys->print("- %s\n", e.line);
			dels++;
		}
	}
	sys->print("(%d added, %d deleted)\n", adds, dels);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	old := array[] of {"implement Cat;", "include \"sys.m\";", "init()", "{", "\tprint();", "}"};
	new := array[] of {"implement Cat;", "include \"sys.m\";", "include \"draw.m\";", "init()", "{", "\tsys = load Sys;", "\tprint();", "\texit;", "}"};
	show(old, new);
	sys->print("--\n");
	show(array[] of {"a", "b", "c", "d"}, array[] of {"x", "b", "y", "d", "z"});
	sys->print("--\n");
	show(array[] of {"same"}, array[] of {"same"});
	sys->print("--\n");
	show(array[0] of string, array[] of {"new"});
}
