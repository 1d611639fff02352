import type { BoilerplateLexicon } from './types.js'

/**
 * Portuguese boilerplate phrases (Brazil and Portugal: `compartilhar` and `partilhar`, `contato` and
 * `contacto`). Matching is case-insensitive and stops at word boundaries, so `Compartilhe` matches the
 * control but not `compartilhei`. Lexicons are merged across languages: no phrase here is an English word,
 * and none is how a Portuguese sentence or subheading opens (`Entrar`, `Comente`, `Continue lendo` are left out).
 */
export const pt: BoilerplateLexicon = {
  // Matches `Comentários (4)`, `Deixe seu comentário`, `Deixe uma resposta`, `Seja o primeiro a comentar`.
  commentMarker: [
    'comentários', 'deixe seu comentário', 'deixe o seu comentário', 'deixe um comentário', 'deixar um comentário',
    'escreva seu comentário', 'escreva um comentário', 'adicionar comentário', 'publicar comentário', 'seu comentário',
    'o seu comentário', 'deixe uma resposta', 'nenhum comentário', 'ainda não há comentários', 'seja o primeiro a comentar',
    'ver comentários', 'mostrar comentários', 'comente esta notícia', 'comente esta matéria',
  ],
  // Opens a comment section with more on the line: `Deixe uma resposta Cancelar resposta`;
  // not `Nenhum comentário do ministério` (prose).
  commentLead: [
    'deixe seu comentário', 'deixe o seu comentário', 'deixe um comentário', 'deixar um comentário',
    'escreva seu comentário', 'escreva um comentário', 'adicionar comentário', 'publicar comentário',
    'deixe uma resposta', 'ainda não há comentários', 'seja o primeiro a comentar', 'ver comentários',
    'mostrar comentários',
  ],
  // With a number: `4 comentários`. The phrases name comments only before a quoted post title (`Uma resposta
  // para “Título”`, `34 pensamentos sobre “Título”`).
  commentWord: [
    'comentários', 'comentário', 'respostas para', 'resposta para', 'respostas a', 'resposta a', 'pensamentos sobre',
    'pensamento sobre',
  ],
  // `12 comentários em “Título do artigo”`, `Um comentário em “Título”`: then the quoted title ends the line.
  commentsOn: [
    'comentários em', 'comentário em', 'comentários sobre', 'comentário sobre', 'respostas para', 'resposta para',
    'respostas a', 'resposta a', 'pensamentos sobre', 'pensamento sobre',
  ],
  // Ends a short line: `Ana comentou:`; not `disse:`, which introduces quotes in articles too.
  commentByline: ['comentou:'],
  // Matches `Fazer login`, `Cadastre-se`, `Esqueceu sua senha?`.
  loginPrompt: [
    'iniciar sessão', 'inicie sessão', 'fazer login', 'faça login', 'faça seu login', 'faça o seu login', 'cadastre-se',
    'registe-se', 'registre-se', 'criar conta', 'criar uma conta', 'crie sua conta', 'crie a sua conta',
    'esqueceu a senha', 'esqueceu sua senha', 'esqueci minha senha', 'esqueci a senha', 'esqueceu-se da palavra-passe',
    'já tem conta', 'já tem uma conta', 'acesse sua conta',
  ],
  // Matches `© 2024 Exemplo Comunicação. Todos os direitos reservados.`
  copyright: ['todos os direitos reservados', 'direitos reservados', 'proibida a reprodução'],
  // Starts a copyright line: `Todos os direitos reservados 2024 Exemplo`.
  copyrightLead: ['todos os direitos reservados'],
  // Matches `CNPJ: 12.345.678/0001-90`, `NIPC 501234567`.
  filing: ['cnpj', 'nipc'],
  // Matches `Telefone: (11) 3456-7890`, `Endereço: Av. Paulista, 1000 – CEP 01310-100`.
  contact: ['telefone:', 'telefone :', 'tel.:', 'endereço:', 'morada:', 'fale conosco', 'contato:', 'contacto:', 'cep', 'contato para imprensa', 'contato com a imprensa', 'contatos para imprensa', 'assessoria de imprensa'],
  // A line made only of these: `Compartilhe | Imprimir | Salvar`, `Ouvir notícia`, `Voltar ao topo`.
  control: [
    'compartilhar', 'compartilhe', 'partilhar', 'partilhe', 'imprimir', 'fechar', 'salvar', 'guardar', 'enviar',
    'enviar por e-mail', 'copiar link', 'copiar o link', 'link copiado', 'tamanho da fonte', 'tamanho do texto',
    'aumentar fonte', 'diminuir fonte', 'ouvir', 'ouvir notícia', 'ouvir matéria', 'ouvir artigo', 'voltar ao topo',
    'voltar', 'topo', 'comentar', 'mais', 'seguir', 'compartilhar no facebook', 'compartilhar no twitter',
    'compartilhar no whatsapp', 'compartilhe no facebook', 'compartilhe no whatsapp', 'partilhar no facebook',
    'salvar artigo', 'salvar matéria', 'imprimir notícia', 'imprimir matéria',
    // A platform after its preposition, so that `Compartilhar no X | Compartilhar no WhatsApp` is a line of controls.
    'no x', 'no facebook', 'no whatsapp', 'no telegram', 'no linkedin', 'no threads', 'por e-mail', 'por whatsapp',
  ],
  // The whole line: `Tags:`, `Assuntos:` over a list of links, not an article's list.
  linkLabel: ['etiquetas', 'temas', 'assuntos', 'categorias', 'seções', 'secções', 'siga-nos', 'palavras-chave'],
  // Matches `Página inicial > Esportes`, `Início / Notícias`, `Você está em: Home`.
  breadcrumbStart: ['página inicial', 'início', 'você está em'],
  // The whole block: `Leia também`, `Veja também`, `Notícias relacionadas`, `Mais lidas`.
  relatedHeading: [
    'leia também', 'leia mais', 'veja também', 'veja mais', 'saiba mais', 'confira também', 'leia a seguir',
    'notícias relacionadas', 'artigos relacionados', 'matérias relacionadas', 'conteúdo relacionado', 'posts relacionados',
    'publicações relacionadas', 'relacionadas', 'relacionados', 'mais lidas', 'mais lidos', 'as mais lidas',
    'os mais lidos', 'mais vistas', 'últimas notícias', 'mais notícias', 'você também pode gostar', 'você pode gostar',
    'você também pode se interessar', 'pode te interessar', 'pode lhe interessar', 'recomendados para você',
    'próximo artigo', 'artigo anterior', 'próxima matéria', 'matéria anterior', 'próximo', 'anterior',
  ],
  // Matches `Conteúdo exclusivo para assinantes`, `Já é assinante? Faça login`, `Para continuar lendo, assine`.
  paywall: [
    'exclusivo para assinantes', 'só para assinantes', 'apenas para assinantes', 'para continuar lendo',
    'para continuar a ler', 'já é assinante', 'já sou assinante', 'assine para ler', 'assine para continuar',
    'você atingiu o limite', 'atingiu o limite de',
  ],
  // Matches `Sobre o autor`, `Sobre a autora` (followed by a bio).
  bioLabel: ['sobre o autor', 'sobre a autora', 'autor:', 'autora:'],
  // Bio vocabulary: `Jornalista formada pela USP, escreve sobre…`.
  bioWord: [
    'jornalista', 'repórter', 'redator', 'redatora', 'correspondente', 'colunista', 'formado', 'formada',
    'escreve sobre', 'autor de', 'autora de',
  ],
  // Matches `Este site utiliza cookies…`, `Política de cookies`; not `Os cookies de terceiros…`.
  cookie: [
    'utilizamos cookies', 'usamos cookies', 'este site utiliza cookies', 'este site usa cookies', 'este website utiliza cookies',
    'nosso site usa cookies', 'nosso site utiliza cookies', 'política de cookies', 'aceitar todos os cookies',
    'configurações de cookies', 'definições de cookies', 'você concorda com o uso de cookies',
    'concorda com a utilização de cookies',
  ],
  // Matches `Assine nossa newsletter`, `Cadastre seu melhor e-mail`, `Receba as notícias no seu e-mail`.
  newsletter: [
    'assine nossa newsletter', 'assine a nossa newsletter', 'inscreva-se na nossa newsletter', 'inscreva-se em nossa newsletter',
    'inscreva-se na newsletter', 'cadastre-se na nossa newsletter', 'receba nossa newsletter', 'receba a nossa newsletter',
    'subscreva a nossa newsletter', 'seu melhor e-mail', 'digite seu e-mail', 'insira seu e-mail', 'informe seu e-mail',
    'na sua caixa de entrada', 'receba as notícias',
    // A messenger or app prompt: `Receba as principais notícias no seu WhatsApp`, `Entre no nosso canal`,
    // `Baixe o app do Jornal X e receba alertas`.
    'no seu whatsapp', 'no seu telegram', 'entre no nosso canal', 'siga o nosso canal', 'siga nosso canal', 'participe do nosso canal',
    'participe do canal', 'entre no canal',
    'receba as principais notícias', 'baixe nosso aplicativo', 'baixe o nosso aplicativo',
    'inscrição realizada com sucesso', 'inscrição confirmada', 'cadastro realizado com sucesso', 'obrigado por se inscrever', 'obrigado por assinar', 'protegido por recaptcha', 'protegido pelo recaptcha', 'confirme sua inscrição',
  ],
  // In a short line of a box: `Alertas por e-mail`, `Fique por dentro`, `Inscrição confirmada`.
  newsletterCue: ['newsletter', 'boletim', 'alertas por e-mail', 'fique por dentro', 'fique atualizado', 'fique atualizada', 'inscrito', 'inscrita', 'recaptcha'],
  // A box's pitch: `As notícias mais importantes, todas as manhãs no seu e-mail`.
  newsletterPitch: ['sua caixa de entrada', 'todas as manhãs', 'toda manhã', 'enviamos para você', 'vamos enviar', 'não perca'],
  // A line of buttons: `Assinar`, `Quero receber`, `Não, obrigado`.
  newsletterButton: ['assinar', 'inscrever', 'inscrever-se', 'inscreva-se', 'cadastrar', 'enviar', 'quero receber', 'não, obrigado', 'não obrigado', 'não, obrigada', 'agora não'],
  // `Rafael Moreira é repórter…`, `… trabalha como jornalista…`.
  bioCopula: ['é', 'trabalha como'],
  // `repórter`, `jornalista`, `colunista`.
  bioRole: [
    'repórter', 'jornalista', 'escritor', 'escritora', 'editor', 'editora', 'redator', 'redatora', 'colunista',
    'correspondente', 'colaborador', 'colaboradora', 'autor', 'autora', 'produtor', 'produtora',
  ],
  // `Sobre Rafael Moreira` over his bio, `Sobre a Acme` over a press release's boilerplate.
  bioAbout: ['sobre', 'mais sobre', 'sobre a', 'sobre o', 'acerca de', 'acerca da', 'acerca do'],
}
